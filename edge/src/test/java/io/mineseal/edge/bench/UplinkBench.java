package io.mineseal.edge.bench;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventJson;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.sqlite.SqliteEventStore;
import io.mineseal.edge.support.Mosquitto;
import io.mineseal.edge.support.Subscriber;
import io.mineseal.edge.support.UplinkRig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;

/**
 * Store and uplink figures on a local mosquitto, all in one run: durable enqueue rate, backlog
 * drain vs {@code mosquitto_pub} sending the same number of same-size QoS 1 messages, and latency
 * from event creation to a subscriber.
 *
 * <p>Args: events (backlog size, e.g. 20000)
 */
public final class UplinkBench {
  private UplinkBench() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path dir = Files.createTempDirectory("mineseal-bench-uplink");
    enqueueRate(dir);
    try (Mosquitto broker = Mosquitto.start(dir)) {
      drain(dir, broker, n);
      latency(dir, broker, 1000);
    }
  }

  private static Event event(UplinkRig rig, int i) {
    return rig.events
        .of(EventType.PERSON_PRESENT, Source.camera("bench"))
        .details(Map.of("i", i, "zone", "shaft"))
        .build();
  }

  private static void enqueueRate(Path dir) {
    try (EventStore store = SqliteEventStore.open(dir.resolve("enqueue.db"), Capacity.UNLIMITED)) {
      io.mineseal.edge.event.EventFactory f = io.mineseal.edge.support.Events.factory();
      int n = 3000;
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        store.append(
            f.of(EventType.DOOR_OPENED, Source.input("d")).details(Map.of("i", i)).build());
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "(1) durable enqueue: %d events in %.2f s = %.0f events/s (each its own fsync'd commit)%n",
          n, s, n / s);
    }
  }

  private static void drain(Path dir, Mosquitto broker, int n) throws Exception {
    UplinkRig.Options options = new UplinkRig.Options();
    options.backlogRatePerSecond = 100_000;
    int payloadBytes;
    try (UplinkRig rig = new UplinkRig(dir.resolve("drain.db"), List.of(broker.uri()), options)) {
      for (int i = 0; i < n; i++) {
        rig.store.append(event(rig, i));
      }
      payloadBytes =
          EventJson.write(
                  rig.store.unsent(EventClass.ALARM, 0, Long.MAX_VALUE, 1).get(0).asHistorical())
              .getBytes(StandardCharsets.UTF_8)
              .length;
      long t0 = System.nanoTime();
      rig.uplink.start();
      Awaitility.await()
          .atMost(java.time.Duration.ofMinutes(10))
          .pollInterval(java.time.Duration.ofMillis(50))
          .until(() -> rig.store.depth().get(EventClass.ALARM) == 0 && rig.uplink.inFlight() == 0);
      double ours = (System.nanoTime() - t0) / 1e9;
      double pub = mosquittoPub(dir, broker, n, payloadBytes);
      System.out.printf(
          "(2) backlog drain: %d events of %d bytes in %.2f s = %.0f/s; mosquitto_pub -q 1: %.2f s = %.0f/s; ratio %.2f (goal >= 0.5)%n",
          n, payloadBytes, ours, n / ours, pub, n / pub, pub / ours);
    }
  }

  private static double mosquittoPub(Path dir, Mosquitto broker, int n, int bytes)
      throws Exception {
    Path lines = dir.resolve("lines.txt");
    String line = "x".repeat(bytes) + "\n";
    Files.writeString(lines, line.repeat(n));
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(
                "mosquitto_pub",
                "-p",
                Integer.toString(broker.port()),
                "-q",
                "1",
                "-t",
                "bench/pub",
                "-l")
            .redirectInput(lines.toFile())
            .redirectErrorStream(true)
            .start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("mosquitto_pub failed");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void latency(Path dir, Mosquitto broker, int n) throws Exception {
    Map<String, Long> created = new ConcurrentHashMap<>();
    try (UplinkRig rig =
            new UplinkRig(
                dir.resolve("latency.db"), List.of(broker.uri()), new UplinkRig.Options());
        Subscriber sub = new Subscriber(broker.uri(), rig.topics.event())) {
      rig.uplink.start();
      Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(10))
          .until(
              () ->
                  !rig.health.snapshot().isEmpty()
                      && rig.health.snapshot().get(0).status()
                          == io.mineseal.edge.health.Status.UP);
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        Event e = rig.sink.record(event(rig, i));
        created.put(e.eventId(), t);
        Awaitility.await()
            .pollDelay(java.time.Duration.ofMillis(5))
            .atMost(java.time.Duration.ofSeconds(1))
            .until(() -> true);
      }
      Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(30))
          .until(() -> sub.events().size() >= n);
      double[] ms =
          sub.on("/event").stream()
              .mapToDouble(m -> (m.nanos() - created.get(m.json().path("eventId").asText())) / 1e6)
              .toArray();
      System.out.printf(
          "(3) latency, event created -> subscriber received, %d events 5 ms apart: p50 %.1f ms, p99 %.1f ms, max %.1f ms (goal p99 <= 50 ms)%n",
          ms.length,
          BenchSupport.percentile(ms, 50),
          BenchSupport.percentile(ms, 99),
          BenchSupport.percentile(ms, 100));
    }
  }
}

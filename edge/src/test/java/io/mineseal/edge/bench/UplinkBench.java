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

  private static Event event(io.mineseal.edge.event.EventFactory events, int i) {
    return events
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

  /**
   * Drains the same stored backlog several times, each from a copy of one prefilled file: first in
   * this fresh JVM (cold: classes loading, JIT compiling), then warm, as in a daemon that has been
   * running when its link comes back, each warm round next to a {@code mosquitto_pub} run. The
   * drain is timed from link-up (connected, status and birth sent) to the last row deleted; the
   * connect before it is shown on its own (Paho 1.2.5 sleeps 3 × 100 ms in every connect,
   * eclipse-paho/paho.mqtt.java#945). {@code mosquitto_pub} is timed from start to exit.
   */
  private static void drain(Path dir, Mosquitto broker, int n) throws Exception {
    Path template = dir.resolve("backlog.db");
    int payloadBytes = prefill(template, n);
    System.out.printf(
        "(2) backlog drain: %d stored events of %d bytes, QoS 1; drain timed from link-up to the"
            + " last row deleted%n",
        n, payloadBytes);
    Round cold = drainOnce(dir, template, broker, "cold");
    int rounds = 3;
    double[] ratios = new double[rounds];
    double[] allIn = new double[rounds];
    double[] pubs = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      Round ours = drainOnce(dir, template, broker, "warm" + r);
      double pub = mosquittoPub(dir, broker, n, payloadBytes);
      pubs[r] = pub;
      ratios[r] = pub / ours.drain();
      allIn[r] = pub / (ours.connect() + ours.drain());
      System.out.printf(
          "    warm round %d: connect %.2f s, drain %.2f s = %.0f/s; mosquitto_pub -q 1 %.2f s ="
              + " %.0f/s; ratio %.2f (with connect %.2f)%n",
          r + 1, ours.connect(), ours.drain(), n / ours.drain(), pub, n / pub, ratios[r], allIn[r]);
    }
    double pub = BenchSupport.percentile(pubs, 50);
    System.out.printf(
        "    first drain in this JVM (cold): connect %.2f s, drain %.2f s = %.0f/s; against the"
            + " median mosquitto_pub: ratio %.2f (with connect %.2f)%n",
        cold.connect(),
        cold.drain(),
        n / cold.drain(),
        pub / cold.drain(),
        pub / (cold.connect() + cold.drain()));
    System.out.printf(
        "    drain vs mosquitto_pub, median of %d: ratio %.2f (goal >= 0.5); with the connect"
            + " counted %.2f%n",
        rounds, BenchSupport.percentile(ratios, 50), BenchSupport.percentile(allIn, 50));
  }

  private record Round(double connect, double drain) {}

  /** Stores n events once; each round drains a copy of this file. Returns the wire size. */
  private static int prefill(Path file, int n) {
    try (EventStore store = SqliteEventStore.open(file, Capacity.UNLIMITED)) {
      for (int i = 0; i < n; i++) {
        store.append(event(io.mineseal.edge.support.Events.factory(), i));
      }
      return EventJson.write(
              store.unsent(EventClass.ALARM, 0, Long.MAX_VALUE, 1).get(0).asHistorical())
          .getBytes(StandardCharsets.UTF_8)
          .length;
    }
  }

  private static Round drainOnce(Path dir, Path template, Mosquitto broker, String name)
      throws Exception {
    Path db = dir.resolve(name + ".db");
    Files.copy(template, db);
    UplinkRig.Options options = new UplinkRig.Options();
    options.backlogRatePerSecond = 100_000;
    try (UplinkRig rig = new UplinkRig(db, List.of(broker.uri()), options)) {
      long t0 = System.nanoTime();
      rig.uplink.start();
      Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(30))
          .pollInterval(java.time.Duration.ofNanos(200_000))
          .until(() -> rig.health.overall() == io.mineseal.edge.health.Status.UP);
      long up = System.nanoTime();
      Awaitility.await()
          .atMost(java.time.Duration.ofMinutes(10))
          .pollInterval(java.time.Duration.ofMillis(5))
          .until(() -> rig.store.depth().get(EventClass.ALARM) == 0 && rig.uplink.inFlight() == 0);
      long done = System.nanoTime();
      return new Round((up - t0) / 1e9, (done - up) / 1e9);
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
        Event e = rig.sink.record(event(rig.events, i));
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

package io.mineseal.edge.bench;

import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.config.SimulationConfig;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.input.InputMonitor;
import io.mineseal.edge.input.SimulatedPins;
import io.mineseal.edge.lifecycle.NamedThreads;
import io.mineseal.edge.support.Mosquitto;
import io.mineseal.edge.support.Subscriber;
import io.mineseal.edge.support.UplinkRig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.awaitility.Awaitility;

/**
 * Input edge to event committed, and to a subscriber on a local mosquitto, over 1,000 edges of a
 * door contact (debounce set to 0 here: with debounce d, add d to every figure).
 */
public final class InputsBench {
  private InputsBench() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path dir = Files.createTempDirectory("mineseal-bench-inputs");
    InputConfig door = door();
    Map<Integer, Long> edges = new ConcurrentHashMap<>();
    Map<String, Long> committed = new ConcurrentHashMap<>();
    try (Mosquitto broker = Mosquitto.start(dir);
        UplinkRig rig =
            new UplinkRig(
                dir.resolve("inputs.db"), List.of(broker.uri()), new UplinkRig.Options());
        Subscriber sub = new Subscriber(broker.uri(), rig.topics.event())) {
      EventSink timed =
          draft -> {
            Event e = rig.sink.record(draft);
            committed.put(e.eventId(), System.nanoTime());
            return e;
          };
      SimulatedPins pins =
          new SimulatedPins(
              List.of(door),
              new SimulationConfig(List.of(), 0),
              NamedThreads.scheduler("bench-sim"));
      InputMonitor monitor =
          new InputMonitor(
              List.of(door),
              pins,
              timed,
              rig.events,
              rig.health,
              NamedThreads.scheduler("bench-inputs"));
      rig.uplink.start();
      monitor.start();
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  rig.health.snapshot().stream()
                      .anyMatch(
                          h ->
                              h.component().equals("uplink")
                                  && h.status() == io.mineseal.edge.health.Status.UP));
      int warmUp = 100; // JIT, SQLite and MQTT paths warm before anything is measured
      for (int i = 0; i < warmUp; i++) {
        pins.set(17, i % 2 == 0);
        LockSupport.parkNanos(10_000_000);
      }
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> sub.events().size() >= warmUp);
      sub.clear();
      for (int i = 0; i < n; i++) {
        edges.put(i, System.nanoTime());
        pins.set(17, i % 2 == 0);
        LockSupport.parkNanos(10_000_000); // pacing: one edge every 10 ms
      }
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> sub.events().size() >= n);
      report(sub.on("/event"), edges, committed, n);
      monitor.stop();
      pins.close();
    }
  }

  /** A door contact with no debounce, so the figures are the pipeline's own. */
  private static InputConfig door() {
    return new InputConfig(
        "door1",
        InputConfig.Kind.DOOR,
        17,
        InputConfig.Pull.UP,
        InputConfig.Level.HIGH,
        0,
        100_000,
        InputConfig.Severity.ALARM,
        null,
        null);
  }

  private static void report(
      List<Subscriber.Message> received,
      Map<Integer, Long> edges,
      Map<String, Long> committed,
      int n) {
    double[] toCommit = new double[n];
    double[] toSubscriber = new double[n];
    for (int i = 0; i < n; i++) {
      String id = received.get(i).json().path("eventId").asText();
      toCommit[i] = (committed.get(id) - edges.get(i)) / 1e6;
      toSubscriber[i] = (received.get(i).nanos() - edges.get(i)) / 1e6;
    }
    System.out.printf(
        "edge -> event committed (SQLite, fsync): p50 %.2f ms, p99 %.2f ms over %d edges%n",
        BenchSupport.percentile(toCommit, 50), BenchSupport.percentile(toCommit, 99), n);
    System.out.printf(
        "edge -> subscriber on local mosquitto:  p50 %.2f ms, p99 %.2f ms (goal p99 <= 50 ms)%n",
        BenchSupport.percentile(toSubscriber, 50), BenchSupport.percentile(toSubscriber, 99));
  }
}

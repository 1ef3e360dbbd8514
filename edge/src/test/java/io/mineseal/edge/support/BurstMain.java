package io.mineseal.edge.support;

import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * A second JVM for kill -9 tests: the daemon's store and uplink, appending {@code count} events and
 * printing each id once committed, then draining until the store is empty. Args: dbFile brokerUri
 * count.
 */
public final class BurstMain {
  private BurstMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    int count = Integer.parseInt(args[2]);
    try (UplinkRig rig =
        new UplinkRig(Path.of(args[0]), List.of(args[1]), new UplinkRig.Options())) {
      rig.uplink.start();
      out.println("started session");
      out.flush();
      for (int i = 0; i < count; i++) {
        String id =
            rig.sink
                .record(rig.events.of(EventType.PERSON_ENTERED, Source.camera("c" + i)).build())
                .eventId();
        out.println("committed " + id);
      }
      out.flush();
      Awaitility.await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofMillis(20))
          .until(
              () ->
                  rig.store.depth().values().stream().mapToInt(Integer::intValue).sum() == 0
                      && rig.uplink.inFlight() == 0);
      out.println("drained " + rig.store.depth().get(EventClass.ALARM));
      out.flush();
    }
  }
}

package io.mineseal.edge.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.health.HealthRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keep-alives only while the critical loops check in; the cause of an unclean exit is kept. */
class WatchdogTest {
  @TempDir Path dir;

  private Shared shared() throws Exception {
    Path config = dir.resolve("w.yaml");
    Files.writeString(
        config,
        """
        device: {siteId: s, deviceId: d, dataDir: data, inputProvider: none}
        uplink: {enabled: false}
        """);
    return new Shared(
        ConfigLoader.load(config), new HealthRegistry(Clock.systemUTC()), Clock.systemUTC());
  }

  @Test
  void a_loop_that_never_checked_in_is_stuck_and_one_that_did_is_not() throws Exception {
    Shared s = shared();
    Watchdog w = new Watchdog(s);
    assertThat(w.stuck()).containsExactly("storage");
    s.health.checkIn("storage");
    assertThat(w.stuck()).isEmpty();
    s.store.close();
  }

  @Test
  void an_unclean_exit_is_reported_at_the_next_start_and_a_clean_stop_is_not() throws Exception {
    Shared first = shared();
    Watchdog w1 = new Watchdog(first);
    w1.start();
    first.store.close(); // killed: no stop()
    Shared second = shared();
    new Watchdog(second);
    assertThat(second.lastRestart.get("cause").toString()).startsWith("unclean exit");
    assertThat(second.lastRestart.get("previousBootId")).isEqualTo(first.events.bootId());
    Watchdog w2 = new Watchdog(second);
    w2.start();
    w2.stop();
    second.store.close();
    Shared third = shared();
    new Watchdog(third);
    assertThat(third.lastRestart.get("cause").toString()).startsWith("clean stop");
    third.store.close();
  }
}

package io.mineseal.edge.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.lifecycle.systemd.SystemdNotifier;
import io.mineseal.edge.support.NotifySocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watchdog's READY and STOPPING reach a real notify socket without forking systemd-notify. */
class WatchdogNotifyIT {
  @TempDir Path dir;

  @Test
  void start_says_ready_with_a_status_and_stop_says_stopping() throws Exception {
    Path config = dir.resolve("w.yaml");
    Files.writeString(
        config,
        """
        device: {siteId: s, deviceId: d, dataDir: data, inputProvider: none}
        uplink: {enabled: false}
        """);
    Shared s =
        new Shared(
            ConfigLoader.load(config), new HealthRegistry(Clock.systemUTC()), Clock.systemUTC());
    Path socket = dir.resolve("notify");
    try (NotifySocket systemd = new NotifySocket(socket.toString())) {
      Watchdog w = new Watchdog(s, SystemdNotifier.forSocket(socket.toString()));
      w.start();
      assertThat(systemd.next(10)).isEqualTo("READY=1|STATUS=watching 0 cameras");
      w.stop();
      assertThat(systemd.next(10)).isEqualTo("STOPPING=1");
    } finally {
      s.store.close();
    }
  }
}

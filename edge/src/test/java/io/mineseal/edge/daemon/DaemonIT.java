package io.mineseal.edge.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mineseal.edge.cli.Main;
import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.support.Clips;
import io.mineseal.edge.support.MockGpio;
import io.mineseal.edge.support.Mosquitto;
import io.mineseal.edge.support.Subscriber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole daemon against a real broker: a contact edge end to end, and SIGTERM. */
class DaemonIT {
  @TempDir Path dir;

  private Path config(Mosquitto broker, String inputProvider, boolean camera) throws Exception {
    String yaml =
        """
        device: {siteId: site-it, deviceId: box-it, dataDir: data, inputProvider: %s}
        uplink: {serverUris: ['%s'], reconnectMinSeconds: 0.2, reconnectMaxSeconds: 1}
        inputs:
          - {id: door1, kind: door, pin: 17, debounceMillis: 20}
        outputs:
          - {id: siren, kind: siren, pin: 23, onSeconds: 5, triggers: [door.opened]}
        simulation:
          timeline: [{atSeconds: 1, input: door1, active: true}]
        health: {publishIntervalSeconds: 5}
        """
            .formatted(inputProvider, broker.uri());
    if (camera) {
      yaml +=
          """
          cameras:
            - {id: cam1, url: 'file://%s', loop: true, fps: 5, width: 384, height: 216}
          """
              .formatted(Clips.PEOPLE.toAbsolutePath());
    }
    Path file = dir.resolve("daemon.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void a_door_contact_edge_reaches_the_platform_as_an_alarm_and_sounds_the_siren()
      throws Exception {
    MockGpio gpio = new MockGpio();
    try (Mosquitto broker = Mosquitto.start(dir);
        Subscriber platform = new Subscriber(broker.uri(), "mineseal/v1/site-it/box-it/#")) {
      MineSealConfig config = ConfigLoader.load(config(broker, "none", false));
      Daemon daemon = Daemon.create(config, gpio.pins);
      daemon.lifecycle().start();
      try {
        await().atMost(Duration.ofSeconds(10)).until(() -> !platform.on("/birth").isEmpty());
        gpio.set(17, true);
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    platform.events().stream()
                        .anyMatch(e -> e.path("type").asText().equals("door.opened")));
        JsonNode e =
            platform.events().stream()
                .filter(j -> j.path("type").asText().equals("door.opened"))
                .findFirst()
                .orElseThrow();
        assertThat(e.path("severity").asText()).isEqualTo("alarm");
        assertThat(e.path("source").path("id").asText()).isEqualTo("door1");
        assertThat(e.path("historical").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(2)).until(() -> gpio.output(23));
        JsonNode birth = platform.on("/birth").get(0).json();
        assertThat(birth.path("configHash").asText()).isEqualTo(config.hash());
      } finally {
        daemon.lifecycle().stop();
      }
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  platform.on("/status").stream()
                      .anyMatch(m -> m.json().path("state").asText().equals("stopping")));
    }
  }

  @Test
  void sigterm_stops_every_component_in_reverse_order_within_ten_seconds() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir)) {
      Path config = config(broker, "simulated", true);
      Path log = dir.resolve("daemon.log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process daemon =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "run",
                  "--config",
                  config.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> Files.readString(log).contains("Started "));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> Files.readString(log).contains("camera.cam1 is UP"));
      long t0 = System.nanoTime();
      daemon.toHandle().destroy(); // SIGTERM
      assertThat(daemon.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s").isTrue();
      double seconds = (System.nanoTime() - t0) / 1e9;
      assertThat(daemon.exitValue()).isIn(0, 143);
      List<String> lines = Files.readAllLines(log);
      List<String> started = names(lines, "Starting ");
      List<String> stopped = names(lines, "Stopping ");
      assertThat(started).contains("store", "uplink", "inputs", "outputs", "camera.cam1");
      List<String> reversed = new ArrayList<>(started);
      Collections.reverse(reversed);
      assertThat(stopped).containsExactlyElementsOf(reversed);
      assertThat(lines).anyMatch(l -> l.contains("[mineseal-shutdown]") && l.contains("Stopped"));
      assertThat(seconds).isLessThan(10);
    }
  }

  private static List<String> names(List<String> lines, String prefix) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      int i = line.indexOf(" - " + prefix);
      if (i >= 0) {
        out.add(line.substring(i + 3 + prefix.length()).trim());
      }
    }
    return out;
  }
}

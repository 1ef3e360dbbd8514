package io.mineseal.edge.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.support.Mosquitto;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local health endpoint of a running daemon. */
class HealthHttpIT {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void
      healthz_says_200_with_reasons_then_503_when_the_broker_is_gone_and_metrics_are_prometheus_text()
          throws Exception {
    int port = Mosquitto.freePort();
    try (Mosquitto broker = Mosquitto.start(dir)) {
      Path config = dir.resolve("h.yaml");
      Files.writeString(
          config,
          """
          device: {siteId: s, deviceId: d, dataDir: data, inputProvider: none}
          uplink: {serverUris: ['%s'], reconnectMinSeconds: 0.2, reconnectMaxSeconds: 1}
          health: {httpPort: %d}
          """
              .formatted(broker.uri(), port));
      Daemon daemon = Daemon.create(ConfigLoader.load(config));
      daemon.lifecycle().start();
      try {
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    get(port, "/healthz").statusCode() == 200
                        && get(port, "/healthz").body().contains("connected to"));
        JsonNode ok = new ObjectMapper().readTree(get(port, "/healthz").body());
        assertThat(ok.path("status").asText()).isEqualTo("UP");
        assertThat(ok.path("components").path("uplink").path("status").asText()).isEqualTo("UP");
        String metrics = get(port, "/metrics").body();
        assertThat(metrics)
            .contains(
                "# TYPE mineseal_queue_depth gauge",
                "mineseal_queue_depth{class=\"alarm\"} ",
                "mineseal_component_up{component=\"uplink\"} 1.0",
                "mineseal_disk_free_bytes ",
                "# TYPE mineseal_event_publish_seconds histogram");
        // the daemon's own device.started went through the broker: one delivery was timed
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    !get(port, "/metrics")
                        .body()
                        .contains("mineseal_event_publish_seconds_count 0"));
        broker.kill();
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> get(port, "/healthz").statusCode() == 503);
        JsonNode down = new ObjectMapper().readTree(get(port, "/healthz").body());
        assertThat(down.path("components").path("uplink").path("reason").asText()).isNotBlank();
      } finally {
        daemon.lifecycle().stop();
      }
    }
  }
}

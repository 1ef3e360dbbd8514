package io.mineseal.edge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mineseal.edge.config.MineSealConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** A one-screen summary of a running daemon, from its local health endpoint. */
@Command(
    mixinStandardHelpOptions = true,
    name = "status",
    description = {
      "Show the running daemon's health: each component's state and reason, queues, cameras,",
      "inputs, disk and temperature. Exit 0 all UP, 1 degraded or down, 3 daemon not reachable."
    })
final class StatusCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    MineSealConfig c = ConfigOption.loadOrReport(config.file);
    if (c == null) {
      return Main.EXIT_CONFIG;
    }
    String host = c.health().httpBind().equals("0.0.0.0") ? "127.0.0.1" : c.health().httpBind();
    String base = "http://" + host + ":" + c.health().httpPort();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    JsonNode health;
    String metrics;
    try {
      health = new ObjectMapper().readTree(get(http, base + "/healthz"));
      metrics = get(http, base + "/metrics");
    } catch (java.io.IOException e) {
      System.out.println(
          "mineseal status: the daemon does not answer on " + base + " (" + e.getMessage() + ")");
      System.out.println(
          "  is it running?  systemctl status mineseal   journalctl -u mineseal -n 50");
      return 3;
    }
    System.out.printf(
        "MineSeal Edge %s / %s: %s  (boot %s)%n",
        c.device().siteId(),
        c.device().deviceId(),
        health.path("status").asText(),
        health.path("bootId").asText());
    for (Map.Entry<String, JsonNode> e : iterable(health.path("components"))) {
      System.out.printf(
          "  %-20s %-9s %s%n",
          e.getKey(), e.getValue().path("status").asText(), e.getValue().path("reason").asText());
    }
    System.out.printf("  queue                %s%n", health.path("queueDepth"));
    if (health.has("inputs")) {
      System.out.printf("  inputs               %s%n", health.path("inputs"));
    }
    metrics
        .lines()
        .filter(
            l ->
                l.startsWith("mineseal_camera_fps")
                    || l.startsWith("mineseal_disk_free_bytes")
                    || l.startsWith("mineseal_cpu_temperature")
                    || l.startsWith("mineseal_oldest_unsent")
                    || l.startsWith("mineseal_uplink_reconnects"))
        .forEach(l -> System.out.println("  " + l));
    return health.path("status").asText().equals("UP") ? 0 : 1;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }

  private static String get(HttpClient http, String url) throws java.io.IOException {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.IOException("interrupted", e);
    }
  }
}

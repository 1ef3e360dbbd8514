package io.mineseal.edge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.uplink.Topics;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the platform sees: subscribes to this box's topics and prints each message as a line. */
@Command(
    mixinStandardHelpOptions = true,
    name = "watch",
    description = {
      "Subscribe to this box's MQTT topics (as the platform does) and print events, status,",
      "birth, health and evidence as they arrive. Uses the broker and ids from the config."
    })
final class WatchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin ConfigOption config;

  @Option(
      names = "--seconds",
      paramLabel = "N",
      description = "Stop after N seconds (default: run until Ctrl-C).")
  long seconds;

  @Option(
      names = "--broker",
      paramLabel = "URI",
      description = "Broker to use instead of the config's first.")
  String broker;

  @Override
  public Integer call() throws Exception {
    MineSealConfig c = ConfigOption.loadOrReport(config.file);
    if (c == null) {
      return Main.EXIT_CONFIG;
    }
    Topics topics = Topics.of(c.device().siteId(), c.device().deviceId());
    String uri = broker != null ? broker : c.uplink().serverUris().get(0);
    MqttClient client =
        new MqttClient(uri, "mineseal-watch-" + UUID.randomUUID(), new MemoryPersistence());
    MqttConnectOptions o = new MqttConnectOptions();
    o.setCleanSession(true);
    client.connect(o);
    AtomicInteger events = new AtomicInteger();
    client.subscribe(
        topics.prefix() + "/#",
        1,
        (topic, m) -> print(topic.substring(topics.prefix().length() + 1), m, events));
    System.out.println("watching " + topics.prefix() + "/# on " + uri);
    System.out.flush();
    new CountDownLatch(1).await(seconds > 0 ? seconds : Long.MAX_VALUE / 2, TimeUnit.SECONDS);
    client.disconnect();
    client.close();
    System.out.println("watched " + events.get() + " events in " + Duration.ofSeconds(seconds));
    return 0;
  }

  private static void print(String topic, MqttMessage m, AtomicInteger events) {
    String line;
    if (topic.startsWith("evidence/")) {
      line =
          String.format("evidence  %s (%d bytes JPEG)", topic.substring(9), m.getPayload().length);
    } else if (topic.equals("event")) {
      events.incrementAndGet();
      line = event(json(m));
    } else {
      String text = new String(m.getPayload(), java.nio.charset.StandardCharsets.UTF_8);
      line =
          String.format(
              "%-9s %s", topic, text.length() > 160 ? text.substring(0, 160) + "…" : text);
    }
    synchronized (System.out) {
      System.out.println(line);
      System.out.flush();
    }
  }

  private static String event(JsonNode e) {
    String occupancy = e.hasNonNull("occupancy") ? " occupancy=" + e.get("occupancy").asInt() : "";
    String evidence = e.path("evidence").isEmpty() ? "" : " evidence=" + e.path("evidence");
    return String.format(
        "event     #%d %s %-17s %-7s %s:%s%s%s%s %s",
        e.path("seq").asLong(),
        e.path("ts").asText(),
        e.path("type").asText(),
        e.path("severity").asText(),
        e.path("source").path("kind").asText(),
        e.path("source").path("id").asText(),
        occupancy,
        e.path("planned").asBoolean() ? " PLANNED" : "",
        e.path("historical").asBoolean() ? " historical" : "",
        e.path("details").toString() + evidence);
  }

  private static JsonNode json(MqttMessage m) {
    try {
      return JSON.readTree(m.getPayload());
    } catch (java.io.IOException e) {
      return JSON.createObjectNode().put("type", "(not JSON)");
    }
  }
}

package io.mineseal.edge.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.support.Moquette;
import io.mineseal.edge.support.Mosquitto;
import io.mineseal.edge.support.UplinkRig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uplink against the in-process Moquette broker, stopped and restarted by the test. */
class MoquetteUplinkIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void after_a_broker_restart_live_events_go_ahead_of_the_rate_limited_backlog() throws Exception {
    UplinkRig.Options options = new UplinkRig.Options();
    options.backlogRatePerSecond = 100;
    try (Moquette broker = new Moquette(Mosquitto.freePort());
        UplinkRig rig = new UplinkRig(dir.resolve("e.db"), List.of(broker.uri()), options)) {
      broker.start();
      rig.uplink.start();
      await().atMost(Duration.ofSeconds(10)).until(() -> !broker.payloads("/status").isEmpty());
      broker.stop();
      List<String> backlog = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        backlog.add(
            rig.sink
                .record(rig.events.of(EventType.PERSON_PRESENT, Source.camera("c")).build())
                .eventId());
      }
      broker.start();
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> broker.payloads("/status").size() >= 2);
      int sentBefore = broker.payloads("/event").size();
      String live =
          rig.sink
              .record(rig.events.of(EventType.DOOR_OPENED, Source.input("door")).build())
              .eventId();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> rig.store.depth().get(EventClass.ALARM) == 0);

      List<JsonNode> events =
          broker.payloads("/event").stream().map(MoquetteUplinkIT::json).toList();
      List<String> order = events.stream().map(e -> e.path("eventId").asText()).toList();

      assertThat(order).containsAll(backlog).contains(live);
      assertThat(sentBefore)
          .as("the backlog was still draining when the live event came")
          .isLessThan(500);
      assertThat(order.indexOf(live))
          .as("the live event jumps the %d backlog events still waiting", 600 - sentBefore)
          // the rate limiter's first second (100) may already be on the wire, and the broker's
          // interceptor reports publishes a little late
          .isLessThanOrEqualTo(sentBefore + 100 + 30);
      assertThat(events.stream().filter(e -> backlog.contains(e.path("eventId").asText())))
          .allMatch(e -> e.path("historical").asBoolean());
      assertThat(events.get(order.indexOf(live)).path("historical").asBoolean()).isFalse();
      assertThat(broker.payloads("/birth")).hasSizeGreaterThanOrEqualTo(2);
      assertThat(json(broker.payloads("/status").get(1)).path("session").asInt())
          .as("a new session number, so a stale last-will can be told apart")
          .isGreaterThan(json(broker.payloads("/status").get(0)).path("session").asInt());
    }
  }

  @Test
  void with_platform_ack_rows_stay_until_the_platform_acknowledges_them() throws Exception {
    UplinkRig.Options options = new UplinkRig.Options();
    options.requirePlatformAck = true;
    try (Moquette broker = new Moquette(Mosquitto.freePort());
        UplinkRig rig = new UplinkRig(dir.resolve("e.db"), List.of(broker.uri()), options)) {
      broker.start();
      rig.uplink.start();
      String id =
          rig.sink
              .record(rig.events.of(EventType.PERSON_ENTERED, Source.camera("c")).build())
              .eventId();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> broker.payloads("/event").stream().anyMatch(p -> p.contains(id)));
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> rig.store.depth().get(EventClass.ALARM) == 0);
      assertThat(rig.store.holds(id)).as("kept until acknowledged").isTrue();
      rig.store.delivered(List.of(id));
      assertThat(rig.store.holds(id)).isFalse();
    }
  }

  private static JsonNode json(String s) {
    try {
      return JSON.readTree(s);
    } catch (Exception e) {
      throw new AssertionError(s, e);
    }
  }
}

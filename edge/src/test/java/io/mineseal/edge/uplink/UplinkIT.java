package io.mineseal.edge.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.support.Mosquitto;
import io.mineseal.edge.support.Subscriber;
import io.mineseal.edge.support.UplinkRig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uplink against real mosquitto processes that the test starts, kills and restarts. */
class UplinkIT {
  @TempDir Path dir;

  @Test
  void events_stored_while_no_broker_exists_are_all_delivered_once_one_appears() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir);
        Subscriber sub = new Subscriber(broker.uri(), "mineseal/#")) {
      // the platform's session is saved by the broker, which is gone before the controller
      // starts: whatever the controller sends the moment the broker is back reaches the platform
      broker.stop();
      try (UplinkRig rig =
          new UplinkRig(dir.resolve("e.db"), List.of(broker.uri()), new UplinkRig.Options())) {
        rig.uplink.start();
        for (int i = 0; i < 50; i++) {
          rig.sink.record(rig.events.of(EventType.PERSON_ENTERED, Source.camera("c1")).build());
        }
        await()
            .atMost(Duration.ofSeconds(5))
            .until(() -> rig.store.depth().get(EventClass.LIFECYCLE) >= 1);
        broker.restart();
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () ->
                    sub.tryReconnect()
                        && rig.store.depth().values().stream().allMatch(n -> n == 0));
        await().atMost(Duration.ofSeconds(5)).until(() -> sub.events().size() >= 52);
        List<JsonNode> events = sub.events();
        assertThat(events.stream().filter(e -> e.path("type").asText().equals("person.entered")))
            .hasSize(50)
            .allMatch(e -> e.path("historical").asBoolean());
        assertThat(events)
            .extracting(e -> e.path("type").asText())
            .contains("link.down", "link.up");
        JsonNode up =
            events.stream()
                .filter(e -> e.path("type").asText().equals("link.up"))
                .findFirst()
                .orElseThrow();
        assertThat(up.path("details").path("outageSeconds").asDouble()).isPositive();
        assertThat(sub.on("/status").get(0).json().path("state").asText()).isEqualTo("online");
      }
    }
  }

  @Test
  void a_broker_killed_during_a_burst_of_ten_thousand_loses_nothing() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir);
        Subscriber sub = new Subscriber(broker.uri(), "mineseal/v1/+/+/event");
        UplinkRig rig =
            new UplinkRig(dir.resolve("e.db"), List.of(broker.uri()), new UplinkRig.Options())) {
      rig.uplink.start();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        EventType type = i % 3 == 0 ? EventType.DOOR_CLOSED : EventType.PERSON_ENTERED;
        ids.add(rig.sink.record(rig.events.of(type, Source.input("d" + i)).build()).eventId());
        if (i == 4000) {
          broker.kill();
        }
        if (i == 6000) {
          broker.restart();
        }
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  sub.tryReconnect() && rig.store.depth().values().stream().allMatch(n -> n == 0));
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(() -> assertThat(new HashSet<>(received(sub))).containsAll(ids));
      assertSeqOrderWithinClassPerConnection(sub.events());
      int duplicates = sub.events().size() - new HashSet<>(received(sub)).size();
      assertThat(duplicates)
          .as("duplicates beyond the in-flight window")
          .isLessThanOrEqualTo(2 * Uplink.MAX_IN_FLIGHT);
    }
  }

  @Test
  void with_several_brokers_it_fails_over_to_one_that_answers() throws Exception {
    String dead = "tcp://127.0.0.1:" + Mosquitto.freePort();
    try (Mosquitto broker = Mosquitto.start(dir);
        Subscriber sub = new Subscriber(broker.uri(), "mineseal/#");
        UplinkRig rig =
            new UplinkRig(
                dir.resolve("e.db"), List.of(dead, broker.uri()), new UplinkRig.Options())) {
      rig.uplink.start();
      String id =
          rig.sink
              .record(rig.events.of(EventType.DOOR_OPENED, Source.input("door")).build())
              .eventId();
      await().atMost(Duration.ofSeconds(20)).until(() -> received(sub).contains(id));
      assertThat(rig.health.snapshot().get(0).reason()).contains(broker.uri());
    }
  }

  private static List<String> received(Subscriber sub) {
    return sub.events().stream().map(e -> e.path("eventId").asText()).toList();
  }

  /** First arrivals of each class, live and backlog apart, come in seq order. */
  private static void assertSeqOrderWithinClassPerConnection(List<JsonNode> events) {
    Map<String, Long> last = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode e : events) {
      if (!seen.add(e.path("eventId").asText())) {
        continue;
      }
      String stream =
          e.path("type").asText() + (e.path("historical").asBoolean() ? "/backlog" : "/live");
      long seq = e.path("seq").asLong();
      Long previous = last.put(stream, seq);
      assertThat(previous == null || seq > previous)
          .as("%s: seq %d after %d", stream, seq, previous)
          .isTrue();
    }
    assertThat(last.keySet())
        .contains("door.closed/live", "person.entered/live", "person.entered/backlog");
  }
}

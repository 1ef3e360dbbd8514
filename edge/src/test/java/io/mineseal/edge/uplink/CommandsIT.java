package io.mineseal.edge.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.support.Mosquitto;
import io.mineseal.edge.support.SignedCommand;
import io.mineseal.edge.support.Subscriber;
import io.mineseal.edge.support.UplinkRig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands over a real broker: forged and malformed ones are refused, the daemon runs on. */
class CommandsIT {
  @TempDir Path dir;

  @Test
  void a_thousand_malformed_or_forged_commands_are_each_refused_with_a_reason() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir);
        Subscriber platform = new Subscriber(broker.uri(), "mineseal/#");
        UplinkRig rig =
            new UplinkRig(dir.resolve("e.db"), List.of(broker.uri()), new UplinkRig.Options())) {
      rig.uplink.start();
      await().atMost(Duration.ofSeconds(10)).until(() -> !platform.on("/birth").isEmpty());
      String disarm = rig.topics.prefix() + "/cmd/disarm";
      byte[] replayed = SignedCommand.valid(UplinkRig.KEY, "disarm", Map.of());
      platform.publish(disarm, replayed);
      await().atMost(Duration.ofSeconds(10)).until(() -> !rig.mode.armed(null));
      rig.mode.arm(null);
      Random random = new Random(42);
      for (int i = 0; i < 1000; i++) {
        platform.publish(disarm, forged(i, random, replayed));
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> platform.on("/cmd/disarm/reply").size() >= 1001);
      List<JsonNode> replies =
          platform.on("/cmd/disarm/reply").stream().skip(1).map(Subscriber.Message::json).toList();
      assertThat(replies)
          .hasSize(1000)
          .allMatch(r -> !r.path("ok").asBoolean() && !r.path("error").asText().isBlank());
      assertThat(replies)
          .extracting(r -> r.path("error").asText())
          .anyMatch(e -> e.startsWith("malformed JSON"))
          .anyMatch(e -> e.equals("bad signature"))
          .anyMatch(e -> e.contains("nonce already used"))
          .anyMatch(e -> e.contains("more than 5 minutes"))
          .anyMatch(e -> e.contains("larger than 64 KiB"))
          .anyMatch(e -> e.equals("payload is not valid UTF-8"));
      assertThat(rig.mode.armed(null)).as("state unchanged by the forged ones").isTrue();

      platform.publish(
          rig.topics.prefix() + "/cmd/ping", SignedCommand.valid(UplinkRig.KEY, "ping", Map.of()));
      platform.publish(
          rig.topics.prefix() + "/cmd/selfdestruct",
          SignedCommand.valid(UplinkRig.KEY, "selfdestruct", Map.of()));
      await().atMost(Duration.ofSeconds(10)).until(() -> !platform.on("/cmd/ping/reply").isEmpty());
      assertThat(platform.on("/cmd/ping/reply").get(0).json().path("ok").asBoolean()).isTrue();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> !platform.on("/cmd/selfdestruct/reply").isEmpty());
      assertThat(platform.on("/cmd/selfdestruct/reply").get(0).json().path("error").asText())
          .startsWith("unknown command");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> rig.store.depth().get(EventClass.STATE) == 0);
      assertThat(
              platform.events().stream()
                  .filter(e -> e.path("type").asText().equals(EventType.COMMAND_REJECTED.wire())))
          .hasSizeGreaterThanOrEqualTo(1000);
    }
  }

  /** Cycles through every way a payload can be wrong; case 0 replays an earlier genuine one. */
  private static byte[] forged(int i, Random random, byte[] replayed) {
    byte[] key = UplinkRig.KEY;
    return switch (i % 8) {
      case 0 -> replayed;
      case 1 -> ("{\"body\": " + i).getBytes(StandardCharsets.UTF_8);
      case 2 ->
          SignedCommand.valid("wrong-key".getBytes(StandardCharsets.UTF_8), "disarm", Map.of());
      case 3 ->
          SignedCommand.envelope(
              key, "disarm", Instant.now().minusSeconds(3600), "n-" + i + "-old", Map.of());
      case 4 -> new byte[70_000];
      case 5 -> new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'};
      case 6 -> SignedCommand.valid(key, "arm", Map.of());
      default -> {
        byte[] noise = new byte[1 + random.nextInt(200)];
        random.nextBytes(noise);
        yield noise;
      }
    };
  }

  @Test
  void commands_arriving_while_events_flow_do_not_stall_delivery() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir);
        Subscriber platform = new Subscriber(broker.uri(), "mineseal/#");
        UplinkRig rig =
            new UplinkRig(dir.resolve("e.db"), List.of(broker.uri()), new UplinkRig.Options())) {
      rig.uplink.start();
      await().atMost(Duration.ofSeconds(10)).until(() -> !platform.on("/birth").isEmpty());
      for (int i = 0; i < 200; i++) {
        rig.sink.record(rig.events.of(EventType.PERSON_PRESENT, Source.camera("c")).build());
        platform.publish(
            rig.topics.prefix() + "/cmd/ping", ("garbage " + i).getBytes(StandardCharsets.UTF_8));
      }
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  platform.on("/cmd/ping/reply").size() >= 200
                      && platform.events().stream()
                              .filter(e -> e.path("type").asText().equals("person.present"))
                              .count()
                          >= 200);
    }
  }
}

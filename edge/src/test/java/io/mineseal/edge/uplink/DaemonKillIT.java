package io.mineseal.edge.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mineseal.edge.support.BurstMain;
import io.mineseal.edge.support.Mosquitto;
import io.mineseal.edge.support.Subscriber;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of the daemon's JVM in the middle of a burst. */
class DaemonKillIT {
  @TempDir Path dir;

  @Test
  void every_committed_event_is_delivered_after_kill_9_and_the_last_will_is_published()
      throws Exception {
    Path db = dir.resolve("events.db");
    try (Mosquitto broker = Mosquitto.start(dir);
        Subscriber sub = new Subscriber(broker.uri(), "mineseal/#")) {
      Process first = launch(db, broker.uri(), 20_000);
      List<String> committed = new ArrayList<>();
      BufferedReader out = reader(first);
      for (String line = out.readLine();
          line != null && committed.size() < 3000;
          line = out.readLine()) {
        if (line.startsWith("committed ")) {
          committed.add(line.substring(10));
        }
      }
      first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  sub.on("/status").stream()
                      .anyMatch(m -> m.json().path("state").asText().equals("offline")));
      JsonNode will =
          sub.on("/status").stream()
              .map(Subscriber.Message::json)
              .filter(j -> j.path("state").asText().equals("offline"))
              .findFirst()
              .orElseThrow();
      JsonNode online = sub.on("/status").get(0).json();
      assertThat(will.path("session").asInt()).isEqualTo(online.path("session").asInt());

      assertThat(integrityCheck(db)).isEqualTo("ok");
      Process second = launch(db, broker.uri(), 0);
      assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("drain finished").isTrue();
      assertThat(second.exitValue()).isZero();
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(
                          new HashSet<>(
                              sub.events().stream().map(e -> e.path("eventId").asText()).toList()))
                      .containsAll(committed));
      assertThat(sub.on("/status").stream().map(m -> m.json().path("session").asInt()))
          .as("the restarted daemon has a new session")
          .contains(will.path("session").asInt() + 1);
      assertThat(integrityCheck(db)).isEqualTo("ok");
    }
  }

  private static Process launch(Path db, String broker, int count) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            BurstMain.class.getName(),
            db.toString(),
            broker,
            Integer.toString(count))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  private static String integrityCheck(Path db) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      return rs.getString(1);
    }
  }
}

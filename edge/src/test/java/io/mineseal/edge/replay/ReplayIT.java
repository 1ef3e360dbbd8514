package io.mineseal.edge.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mineseal.edge.cli.Main;
import io.mineseal.edge.support.Clips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay of real footage through the daemon's pipeline: real ffmpeg, real video, real model. */
class ReplayIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEMO = "../config/demo.yaml";
  @TempDir Path dir;

  private List<JsonNode> replay(String config, Path input, String name) throws IOException {
    Path events = dir.resolve(name + "-events.jsonl");
    Path detections = dir.resolve(name + "-detections.jsonl");
    int status =
        Main.execute(
            "replay",
            "--config",
            config,
            "--input",
            input.toString(),
            "--events-out",
            events.toString(),
            "--detections-out",
            detections.toString());
    assertThat(status).isZero();
    return lines(events);
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(ReplayIT::json).toList();
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }

  private static double seconds(JsonNode e) {
    return Instant.parse(e.path("ts").asText()).toEpochMilli() / 1000.0;
  }

  private static List<String> types(List<JsonNode> events) {
    return events.stream().map(e -> e.path("type").asText()).toList();
  }

  @Test
  void one_visit_is_one_entry_one_exit_and_one_alarm_from_new_to_end() throws Exception {
    Path clip = Clips.cut(dir.resolve("visit.mp4"), 0, 22);
    List<JsonNode> events = replay(DEMO, clip, "visit");
    List<JsonNode> people =
        events.stream().filter(e -> e.path("type").asText().startsWith("person.")).toList();
    assertThat(types(people))
        .containsExactly("person.present", "person.entered", "person.exited", "person.present");
    assertThat(people.get(0).path("details").path("phase").asText()).isEqualTo("new");
    assertThat(people.get(3).path("details").path("phase").asText()).isEqualTo("end");
    assertThat(people.get(1).path("occupancy").asInt()).isEqualTo(1);
    assertThat(people.get(2).path("occupancy").asInt()).isZero();
    // hand labels: first visible at frame 65, whole body at 75; leaving from 185
    assertThat(seconds(people.get(0))).isBetween(6.4, 7.5);
    assertThat(seconds(people.get(2))).isBetween(18.0, 20.0);
    assertThat(events).allMatch(e -> e.path("schema").asInt() == 1 && e.path("seq").asLong() > 0);
    assertThat(types(events))
        .as("motion on the real people clip")
        .contains("motion.started", "motion.ended");
  }

  @Test
  void two_runs_give_identical_output() throws Exception {
    Path clip = Clips.cut(dir.resolve("short.mp4"), 60, 12);
    replay(DEMO, clip, "a");
    replay(DEMO, clip, "b");
    assertThat(Files.readString(dir.resolve("a-events.jsonl")))
        .isEqualTo(Files.readString(dir.resolve("b-events.jsonl")));
    assertThat(Files.readString(dir.resolve("a-detections.jsonl")))
        .isEqualTo(Files.readString(dir.resolve("b-detections.jsonl")));
    List<JsonNode> detections = lines(dir.resolve("a-detections.jsonl"));
    assertThat(detections).hasSize(120);
    assertThat(detections.get(10).path("ptsMillis").asLong()).isEqualTo(1000);
    assertThat(detections)
        .anyMatch(
            d -> d.path("persons").size() == 1 && d.path("persons").get(0).path("h").asInt() > 300);
  }

  @Test
  void spliced_faults_give_exactly_the_integrity_events_and_no_motion_from_the_light_jump()
      throws Exception {
    Path clip = Clips.faults(dir.resolve("faults.mp4"));
    Path config = dir.resolve("faults.yaml");
    Files.writeString(
        config,
        """
        device: {siteId: test, deviceId: t1, dataDir: data}
        uplink: {enabled: false}
        cameras:
          - id: c1
            url: file://faults.mp4
            fps: 10
            width: 768
            height: 432
            integrity: {occludedSeconds: 3, frozenSeconds: 3, movedSeconds: 4}
        detector: {enabled: false}
        """);
    List<JsonNode> events = replay(config.toString(), clip, "faults");
    List<JsonNode> integrity =
        events.stream().filter(e -> e.path("type").asText().startsWith("camera.")).toList();
    assertThat(types(integrity))
        .containsExactly(
            "camera.occluded",
            "camera.occluded.end",
            "camera.frozen",
            "camera.frozen.end",
            "camera.moved",
            "camera.moved.end");
    double[][] windows = {{15, 16}, {20, 23}, {40.5, 42.5}, {46, 49}, {56, 58}, {64, 67}};
    for (int i = 0; i < windows.length; i++) {
      assertThat(seconds(integrity.get(i)))
          .as(integrity.get(i).toString())
          .isBetween(windows[i][0], windows[i][1]);
    }
    assertThat(
            events.stream()
                .filter(e -> e.path("type").asText().startsWith("motion."))
                .map(ReplayIT::seconds))
        .as("no motion from the brightness jump at 26 s and back at 32 s")
        .noneMatch(t -> t > 25 && t < 37);
    List<JsonNode> detections = lines(dir.resolve("faults-detections.jsonl"));
    assertThat(detections.subList(255, 375)).noneMatch(d -> d.path("motion").asBoolean());
  }

  @Test
  void a_still_scene_gives_no_events_at_all() throws Exception {
    Path clip = Clips.still(dir.resolve("still.mp4"));
    assertThat(replay(DEMO, clip, "still")).isEmpty();
  }

  @Test
  void a_file_of_random_bytes_is_a_clear_error_not_a_crash() throws Exception {
    Path junk = dir.resolve("junk.mp4");
    byte[] bytes = new byte[200_000];
    new java.util.Random(3).nextBytes(bytes);
    Files.write(junk, bytes);
    int status =
        Main.execute(
            "replay",
            "--config",
            DEMO,
            "--input",
            junk.toString(),
            "--events-out",
            dir.resolve("e.jsonl").toString());
    assertThat(status).isEqualTo(1);
  }

  @Test
  void a_truncated_mp4_replays_what_it_holds() throws Exception {
    Path clip = Clips.cut(dir.resolve("whole.mp4"), 0, 10);
    byte[] all = Files.readAllBytes(clip);
    Path cut = dir.resolve("truncated.mp4");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    int status =
        Main.execute(
            "replay",
            "--config",
            DEMO,
            "--input",
            cut.toString(),
            "--detections-out",
            dir.resolve("t.jsonl").toString());
    assertThat(status).as("the index is at the front, so the first half still decodes").isZero();
    assertThat(Files.readAllLines(dir.resolve("t.jsonl"))).hasSizeBetween(20, 99);
  }
}

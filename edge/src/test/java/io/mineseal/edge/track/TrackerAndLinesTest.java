package io.mineseal.edge.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.IntegrityConfig;
import io.mineseal.edge.config.LineConfig;
import io.mineseal.edge.config.MotionConfig;
import io.mineseal.edge.config.Point;
import io.mineseal.edge.config.PolicyConfig;
import io.mineseal.edge.config.Polygon;
import io.mineseal.edge.config.ZoneConfig;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.policy.CameraPolicy;
import io.mineseal.edge.policy.Finding;
import io.mineseal.edge.policy.Occupancy;
import io.mineseal.edge.vision.Box;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tracker, doorway lines and counting on scripted box sequences (100 x 100 frame, 10 fps). */
class TrackerAndLinesTest {
  private final Tracker tracker = new Tracker(3, 5);
  private final Occupancy occupancy = new Occupancy(null);
  private final CameraPolicy policy =
      new CameraPolicy(camera(), policyConfig(), occupancy, null, null);
  private final List<Finding> findings = new ArrayList<>();
  private long now;

  /** A horizontal doorway at y = 50 from x = 10 to 90; walking up (smaller y) is going in. */
  private static CameraConfig camera() {
    LineConfig line =
        new LineConfig(
            "door", new Point(0.1, 0.5), new Point(0.9, 0.5), LineConfig.Side.LEFT, "shaft");
    ZoneConfig zone =
        new ZoneConfig(
            "shaft",
            ZoneConfig.Kind.WATCH,
            new Polygon(
                List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1), new Point(0, 1))),
            true);
    return new CameraConfig(
        "c",
        "c",
        "rtsp://x",
        false,
        new CameraConfig.Sampling(10, 100, 100, 10, 60),
        List.of(),
        new MotionConfig(100, 25, 0.3, 12, 10),
        new IntegrityConfig(5, 30, 5, 10, 20, 0.45),
        List.of(),
        List.of(zone),
        List.of(line));
  }

  private static PolicyConfig policyConfig() {
    return new PolicyConfig(3, 0, 60, 10, 30, List.of(), List.of());
  }

  private static Box person(double cx, double cy) {
    return new Box(cx - 5, cy - 10, 10, 20, 0.9, Box.PERSON);
  }

  private void step(Box... boxes) {
    now += 100;
    List<Track> alive = tracker.update(List.of(boxes), now);
    findings.addAll(
        policy.onTracks(alive.stream().filter(tracker::confirmed).toList(), alive, now));
  }

  private List<EventType> types() {
    return findings.stream().map(Finding::type).toList();
  }

  @Test
  void walking_up_across_the_line_is_one_entry_and_back_down_one_exit() {
    for (int y = 90; y >= 20; y -= 5) {
      step(person(50, y));
    }
    assertThat(types()).containsExactly(EventType.PERSON_ENTERED);
    assertThat(findings.get(0).occupancy()).isEqualTo(1);
    for (int y = 20; y <= 90; y += 5) {
      step(person(50, y));
    }
    assertThat(types()).containsExactly(EventType.PERSON_ENTERED, EventType.PERSON_EXITED);
    assertThat(occupancy.get("shaft")).isZero();
  }

  @Test
  void loitering_on_the_line_counts_nothing() {
    for (int i = 0; i < 5; i++) {
      step(person(50, 70));
    }
    double[] wobble = {52, 48, 51, 49, 52.5, 47.5, 50, 52, 48, 51};
    for (double y : wobble) {
      step(person(50, y));
    }
    assertThat(types()).isEmpty();
  }

  @Test
  void two_people_crossing_together_are_two_entries() {
    for (int y = 90; y >= 20; y -= 5) {
      step(person(30, y), person(70, y + 3));
    }
    assertThat(types()).containsExactly(EventType.PERSON_ENTERED, EventType.PERSON_ENTERED);
    assertThat(occupancy.get("shaft")).isEqualTo(2);
    assertThat(findings).extracting(f -> f.details().get("trackId")).doesNotHaveDuplicates();
  }

  @Test
  void a_person_hidden_for_a_few_frames_keeps_their_track_and_counts_once() {
    for (int y = 90; y >= 60; y -= 5) {
      step(person(50, y));
    }
    step();
    step();
    step();
    for (int y = 40; y >= 20; y -= 5) {
      step(person(50, y));
    }
    assertThat(types()).containsExactly(EventType.PERSON_ENTERED);
    assertThat(tracker.tracks()).hasSize(1);
    assertThat(tracker.tracks().get(0).id()).isEqualTo(1);
  }

  @Test
  void crossing_before_confirmation_still_counts_once_confirmed() {
    step(person(50, 58));
    step(person(50, 44));
    assertThat(types()).isEmpty();
    step(person(50, 40));
    assertThat(types()).containsExactly(EventType.PERSON_ENTERED);
  }

  @Test
  void a_single_false_detection_never_counts() {
    step(person(50, 80));
    step();
    step(person(50, 20));
    step();
    assertThat(types()).isEmpty();
  }

  @Test
  void crossing_outside_the_segment_is_not_through_the_doorway() {
    for (int y = 90; y >= 20; y -= 5) {
      step(person(97, y));
    }
    assertThat(types()).isEmpty();
  }

  @Test
  void occupancy_never_goes_below_zero() {
    for (int y = 20; y <= 90; y += 5) {
      step(person(50, y));
    }
    assertThat(types()).containsExactly(EventType.PERSON_EXITED);
    assertThat(findings.get(0).occupancy()).isZero();
  }
}

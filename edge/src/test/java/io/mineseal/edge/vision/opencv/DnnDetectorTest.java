package io.mineseal.edge.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.config.DetectorConfig;
import io.mineseal.edge.support.Clips;
import io.mineseal.edge.vision.Box;
import io.mineseal.edge.vision.Frame;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled Yolo-Fastest body model on real frames of the clip. */
class DnnDetectorTest {
  private static DnnDetector detector;

  @BeforeAll
  static void load() {
    detector = DnnDetector.persons(new DetectorConfig(true, null, null, 320, 0.4, 0.45, 1, false));
  }

  @AfterAll
  static void close() {
    detector.close();
  }

  @Test
  void finds_the_person_standing_at_the_table() throws Exception {
    Frame frame = Clips.frame(120);
    List<Box> boxes = detector.detect(frame, 0.4);
    assertThat(boxes).hasSize(1);
    Box b = boxes.get(0);
    assertThat(b.label()).isEqualTo(Box.PERSON);
    assertThat(b.score()).isGreaterThan(0.9);
    // hand-checked on the frame: the person stands at the table, x ~ 390..510, head near y 10
    assertThat(b.cx()).isBetween(400.0, 500.0);
    assertThat(b.h()).isGreaterThan(300.0);
  }

  @Test
  void finds_nobody_in_the_empty_room() throws Exception {
    assertThat(detector.detect(Clips.frame(20), 0.4)).isEmpty();
    assertThat(detector.detect(Clips.frame(470), 0.4)).isEmpty();
  }

  @Test
  void a_higher_threshold_keeps_only_confident_boxes() throws Exception {
    Frame frame = Clips.frame(120);
    assertThat(detector.detect(frame, 0.99)).allMatch(b -> b.score() >= 0.99);
  }
}

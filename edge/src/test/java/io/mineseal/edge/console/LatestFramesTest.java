package io.mineseal.edge.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.vision.Frame;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Copies of the latest frame: throttled, independent of the camera's buffer, only when watched. */
class LatestFramesTest {
  private final AtomicLong ticker = new AtomicLong();
  private final LatestFrames frames = new LatestFrames(500_000_000L, ticker::get);
  private final Frame camera = new Frame(4, 2);

  private void frame(long index, byte value, long advanceMillis) {
    ticker.addAndGet(advanceMillis * 1_000_000L);
    camera.stamp(index, index * 100);
    java.util.Arrays.fill(camera.bgr(), value);
    frames.offer("gate", camera, 1_000 + index);
  }

  @Test
  void the_first_frame_is_kept_even_unwatched_and_later_ones_only_while_someone_looks() {
    frame(0, (byte) 1, 0);
    frame(1, (byte) 2, 1000);
    LatestFrames.Latest first = frames.latest("gate").orElseThrow();
    assertThat(first.frame().index()).isZero();
    assertThat(first.frame().bgr()[0]).isEqualTo((byte) 1);
    frame(2, (byte) 3, 1000);
    assertThat(frames.latest("gate").orElseThrow().frame().index()).isEqualTo(2);
    ticker.addAndGet(LatestFrames.WATCHED_NANOS);
    frame(3, (byte) 4, 1000);
    assertThat(frames.latest("gate").orElseThrow().frame().index())
        .as("nobody looked for a minute: no copy")
        .isEqualTo(2);
  }

  @Test
  void copies_are_throttled_and_do_not_change_when_the_camera_reuses_its_buffer() {
    frame(0, (byte) 1, 0);
    frames.latest("gate");
    frame(1, (byte) 2, 100);
    LatestFrames.Latest kept = frames.latest("gate").orElseThrow();
    assertThat(kept.frame().index()).as("within the period: no new copy").isZero();
    frame(2, (byte) 9, 600);
    assertThat(kept.frame().bgr()).containsOnly((byte) 1);
    assertThat(frames.latest("gate").orElseThrow().frame().bgr()).containsOnly((byte) 9);
    assertThat(frames.latest("gate").orElseThrow().wallMillis()).isEqualTo(1_002);
    assertThat(frames.latest("other")).isEmpty();
  }
}

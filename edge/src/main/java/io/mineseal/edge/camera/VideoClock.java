package io.mineseal.edge.camera;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Replay's clock: the video's own time, set before each frame, so two runs agree exactly. */
public final class VideoClock extends Clock {
  private volatile Instant now;

  public VideoClock(Instant start) {
    this.now = start;
  }

  public void set(Instant value) {
    now = value;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}

package io.mineseal.edge.track;

import io.mineseal.edge.vision.Box;

/** One object followed across frames, with a constant-velocity guess of where it goes next. */
public final class Track {
  private final int id;
  private final String label;
  private Box box;
  private double vx;
  private double vy;
  private int hits;
  private int misses;
  private long firstSeenMillis;
  private long lastSeenMillis;
  private double prevX;
  private double prevY;

  Track(int id, Box box, long nowMillis) {
    this.id = id;
    this.label = box.label();
    this.box = box;
    this.hits = 1;
    this.firstSeenMillis = nowMillis;
    this.lastSeenMillis = nowMillis;
    this.prevX = box.cx();
    this.prevY = box.cy();
  }

  /** Where the box should be now, from its last position and velocity per millisecond. */
  Box predicted(long nowMillis) {
    double dt = nowMillis - lastSeenMillis;
    return new Box(box.x() + vx * dt, box.y() + vy * dt, box.w(), box.h(), box.score(), label);
  }

  void update(Box detection, long nowMillis) {
    double dt = Math.max(1, nowMillis - lastSeenMillis);
    prevX = box.cx();
    prevY = box.cy();
    double nvx = (detection.cx() - box.cx()) / dt;
    double nvy = (detection.cy() - box.cy()) / dt;
    vx = hits == 1 ? nvx : 0.5 * vx + 0.5 * nvx;
    vy = hits == 1 ? nvy : 0.5 * vy + 0.5 * nvy;
    box = detection;
    hits++;
    misses = 0;
    lastSeenMillis = nowMillis;
  }

  void missed() {
    misses++;
    prevX = box.cx();
    prevY = box.cy();
  }

  public int id() {
    return id;
  }

  public String label() {
    return label;
  }

  public Box box() {
    return box;
  }

  public int hits() {
    return hits;
  }

  public int misses() {
    return misses;
  }

  public long firstSeenMillis() {
    return firstSeenMillis;
  }

  public long lastSeenMillis() {
    return lastSeenMillis;
  }

  /** Centre before the last update, in frame pixels. */
  public double previousX() {
    return prevX;
  }

  public double previousY() {
    return prevY;
  }
}

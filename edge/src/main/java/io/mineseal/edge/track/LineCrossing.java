package io.mineseal.edge.track;

import io.mineseal.edge.config.LineConfig;

/**
 * Which side of a directed line a point is on, with a dead band so that someone loitering on the
 * line is not counted again and again: a crossing counts only when a track, last seen clearly on
 * one side, is seen clearly on the other.
 */
public final class LineCrossing {
  /** The result of one step of one track against one line. */
  public enum Direction {
    NONE,
    IN,
    OUT
  }

  private final LineConfig line;
  private final int width;
  private final int height;
  private final double deadBandPixels;

  public LineCrossing(LineConfig line, int width, int height) {
    this.line = line;
    this.width = width;
    this.height = height;
    this.deadBandPixels = 0.02 * Math.hypot(width, height);
  }

  public LineConfig line() {
    return line;
  }

  /** Signed distance in pixels: positive on the "in" side. */
  public double side(double x, double y) {
    double ax = line.from().x() * width;
    double ay = line.from().y() * height;
    double bx = line.to().x() * width;
    double by = line.to().y() * height;
    double cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    double distance = cross / Math.max(1e-9, Math.hypot(bx - ax, by - ay));
    // image y grows downwards: a positive cross product is on the right of from->to
    return line.inSide() == LineConfig.Side.RIGHT ? distance : -distance;
  }

  /** Where along the segment the point projects: 0 at {@code from}, 1 at {@code to}. */
  double along(double x, double y) {
    double ax = line.from().x() * width;
    double ay = line.from().y() * height;
    double dx = line.to().x() * width - ax;
    double dy = line.to().y() * height - ay;
    return ((x - ax) * dx + (y - ay) * dy) / Math.max(1e-9, dx * dx + dy * dy);
  }

  /**
   * Updates a track's settled side (+1 in, -1 out, 0 unknown) and reports a crossing. Only a
   * crossing within the segment's extent counts: a line is a doorway, not an infinite wall.
   */
  public Direction step(int settledSide, double x, double y, int[] newSide) {
    double t = along(x, y);
    if (t < -0.05 || t > 1.05) {
      newSide[0] = 0;
      return Direction.NONE;
    }
    double d = side(x, y);
    int now = d > deadBandPixels ? 1 : d < -deadBandPixels ? -1 : 0;
    newSide[0] = now == 0 ? settledSide : now;
    if (settledSide == -1 && now == 1) {
      return Direction.IN;
    }
    if (settledSide == 1 && now == -1) {
      return Direction.OUT;
    }
    return Direction.NONE;
  }
}

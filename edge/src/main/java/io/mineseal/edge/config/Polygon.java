package io.mineseal.edge.config;

import java.util.List;

/** A closed polygon in normalised frame coordinates. */
public record Polygon(List<Point> points) {

  static Polygon read(ConfigNode node) {
    List<Point> points = node.items().stream().map(Point::read).toList();
    if (node.present() && points.size() < 3) {
      node.error("a polygon needs at least 3 points, got " + points.size());
    }
    return new Polygon(points);
  }

  /** Ray-casting point-in-polygon test. */
  public boolean contains(double x, double y) {
    boolean inside = false;
    for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
      Point a = points.get(i);
      Point b = points.get(j);
      if ((a.y() > y) != (b.y() > y)
          && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
        inside = !inside;
      }
    }
    return inside;
  }
}

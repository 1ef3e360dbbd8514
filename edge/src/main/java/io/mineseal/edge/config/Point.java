package io.mineseal.edge.config;

/** A point in frame coordinates normalised to 0..1 (0,0 top left), independent of resolution. */
public record Point(double x, double y) {

  static Point read(ConfigNode node) {
    var items = node.items();
    if (items.size() != 2) {
      node.error("must be a point [x, y] with x and y from 0 to 1");
      return new Point(0, 0);
    }
    return new Point(items.get(0).numberValue(0, 0, 1), items.get(1).numberValue(0, 0, 1));
  }
}

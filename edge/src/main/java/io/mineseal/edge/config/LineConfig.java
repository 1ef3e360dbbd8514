package io.mineseal.edge.config;

import java.util.Set;

/**
 * A directed counting line. Walking across it towards the {@code inSide} (left or right as seen
 * when standing on {@code from} and looking at {@code to}) is an entry; the other way an exit.
 */
public record LineConfig(String id, Point from, Point to, Side inSide, String zone) {

  /** Which side of the line is "inside" the seal. */
  public enum Side {
    LEFT,
    RIGHT
  }

  static LineConfig read(ConfigNode n) {
    n.allow(Set.of("id", "from", "to", "inSide", "zone"));
    Point from = Point.read(n.get("from"));
    Point to = Point.read(n.get("to"));
    if (n.get("from").present() && n.get("to").present() && from.equals(to)) {
      n.get("to").error("line ends coincide; from and to must differ");
    }
    return new LineConfig(
        n.id("id"), from, to, n.enumValue("inSide", Side.class, Side.LEFT), n.string("zone", null));
  }
}

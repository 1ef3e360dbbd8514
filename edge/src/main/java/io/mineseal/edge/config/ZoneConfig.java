package io.mineseal.edge.config;

import java.util.Set;

/** A region of one camera's picture with a meaning. */
public record ZoneConfig(String id, Kind kind, Polygon area, boolean armed) {

  /** What presence in the zone means. */
  public enum Kind {
    /** Nobody may be here: a person is an intrusion. */
    SEALED,
    /** Hoist drum, belt: sustained motion means the equipment runs. */
    EQUIPMENT,
    /** Gate or road: vehicles are watched. */
    VEHICLE,
    /** Counted and recorded, not alarmed. */
    WATCH
  }

  static ZoneConfig read(ConfigNode n) {
    n.allow(Set.of("id", "kind", "points", "armed"));
    ConfigNode points = n.get("points");
    if (!points.present()) {
      points.error("is required: at least 3 points [x, y]");
    }
    return new ZoneConfig(
        n.id("id"),
        n.enumValue("kind", Kind.class, Kind.SEALED),
        Polygon.read(points),
        n.bool("armed", true));
  }
}

package io.mineseal.edge.config;

import java.util.Set;

/**
 * One wired contact or sensor. Physical details (pin, pull, active level, debounce) live here; the
 * rest of the daemon only sees logical states. "Active" means: door open, lock unlocked, enclosure
 * open, PIR triggered, equipment running, mains lost (on battery), lock fault line raised.
 */
public record InputConfig(
    String id,
    Kind kind,
    int pin,
    Pull pull,
    Level activeLevel,
    int debounceMillis,
    int chatterPerMinute,
    Severity severity,
    String zone,
    Integer faultPin) {

  /** What the input is wired to. */
  public enum Kind {
    DOOR,
    LOCK,
    TAMPER,
    PIR,
    EQUIPMENT,
    POWER
  }

  /** The pin's internal pull resistor. */
  public enum Pull {
    UP,
    DOWN,
    OFF
  }

  /** An electrical level. */
  public enum Level {
    LOW,
    HIGH
  }

  /** Event severity as configured; matches the wire contract. */
  public enum Severity {
    ALARM,
    WARNING,
    INFO
  }

  static InputConfig read(ConfigNode n) {
    n.allow(
        Set.of(
            "id",
            "kind",
            "pin",
            "pull",
            "activeLevel",
            "debounceMillis",
            "chatterPerMinute",
            "severity",
            "zone",
            "faultPin"));
    if (!n.get("kind").present()) {
      n.get("kind").error("is required: one of " + ConfigNode.names(Kind.class));
    }
    if (!n.get("pin").present()) {
      n.get("pin").error("is required: the BCM GPIO number, 0 to 27");
    }
    Kind kind = n.enumValue("kind", Kind.class, Kind.DOOR);
    Severity fallback =
        kind == Kind.PIR || kind == Kind.EQUIPMENT ? Severity.WARNING : Severity.ALARM;
    return new InputConfig(
        n.id("id"),
        kind,
        n.integer("pin", 0, 0, 27),
        n.enumValue("pull", Pull.class, Pull.UP),
        n.enumValue("activeLevel", Level.class, Level.HIGH),
        n.integer("debounceMillis", 50, 0, 5000),
        n.integer("chatterPerMinute", 30, 2, 6000),
        n.enumValue("severity", Severity.class, fallback),
        n.string("zone", null),
        n.get("faultPin").present() ? n.integer("faultPin", 0, 0, 27) : null);
  }
}

package io.mineseal.edge.config;

import java.util.List;
import java.util.Set;

/** One relay or LED driven by the box. */
public record OutputConfig(
    String id,
    Kind kind,
    int pin,
    InputConfig.Level activeLevel,
    int onSeconds,
    List<String> triggers,
    LockState failSafe) {

  /** What the output drives. */
  public enum Kind {
    SIREN,
    STROBE,
    STATUS_LED,
    LOCK
  }

  /** The state an electric lock or hoist interlock takes when the daemon is not holding it. */
  public enum LockState {
    ENGAGED,
    RELEASED
  }

  static OutputConfig read(ConfigNode n) {
    n.allow(Set.of("id", "kind", "pin", "activeLevel", "onSeconds", "triggers", "failSafe"));
    if (!n.get("pin").present()) {
      n.get("pin").error("is required: the BCM GPIO number, 0 to 27");
    }
    return new OutputConfig(
        n.id("id"),
        n.enumValue("kind", Kind.class, Kind.SIREN),
        n.integer("pin", 0, 0, 27),
        n.enumValue("activeLevel", InputConfig.Level.class, InputConfig.Level.HIGH),
        n.integer("onSeconds", 60, 1, 3600),
        n.strings("triggers"),
        n.enumValue("failSafe", LockState.class, LockState.ENGAGED));
  }
}

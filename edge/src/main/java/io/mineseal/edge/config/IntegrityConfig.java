package io.mineseal.edge.config;

import java.util.Set;

/** Camera tamper and fault detection: how long each condition must last before it is an event. */
public record IntegrityConfig(
    double occludedSeconds,
    double darkSeconds,
    double frozenSeconds,
    double movedSeconds,
    int darkLevel,
    double movedScore) {

  static IntegrityConfig read(ConfigNode n) {
    n.allow(
        Set.of(
            "occludedSeconds",
            "darkSeconds",
            "frozenSeconds",
            "movedSeconds",
            "darkLevel",
            "movedScore"));
    return new IntegrityConfig(
        n.number("occludedSeconds", 5, 0.5, 3600),
        n.number("darkSeconds", 30, 0.5, 86_400),
        n.number("frozenSeconds", 5, 0.5, 3600),
        n.number("movedSeconds", 10, 0.5, 3600),
        n.integer("darkLevel", 20, 0, 255),
        n.number("movedScore", 0.45, 0.05, 1));
  }
}

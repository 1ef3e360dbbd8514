package io.mineseal.edge.config;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** How observations become alarms. */
public record PolicyConfig(
    int confirmFrames,
    int minDurationMillis,
    int cooldownSeconds,
    int endAfterSeconds,
    int fusionWindowSeconds,
    List<Profile> profiles,
    List<MaintenanceWindow> maintenance) {

  /** A time-of-day profile (e.g. night) that changes thresholds. */
  public record Profile(String name, LocalTime from, LocalTime to, double scoreThreshold) {}

  /** A planned-work window: events inside it are marked planned and the siren stays quiet. */
  public record MaintenanceWindow(Instant from, Instant to, String reason, List<String> zones) {}

  static PolicyConfig read(ConfigNode n) {
    n.allow(
        Set.of(
            "confirmFrames",
            "minDurationMillis",
            "cooldownSeconds",
            "endAfterSeconds",
            "fusionWindowSeconds",
            "profiles",
            "maintenance"));
    return new PolicyConfig(
        n.integer("confirmFrames", 3, 1, 100),
        n.integer("minDurationMillis", 0, 0, 60_000),
        n.integer("cooldownSeconds", 60, 0, 3600),
        n.integer("endAfterSeconds", 10, 1, 3600),
        n.integer("fusionWindowSeconds", 30, 0, 600),
        n.list("profiles", PolicyConfig::profile),
        n.list("maintenance", PolicyConfig::window));
  }

  private static Profile profile(ConfigNode n) {
    n.allow(Set.of("name", "from", "to", "scoreThreshold"));
    return new Profile(
        n.id("name"), time(n, "from"), time(n, "to"), n.number("scoreThreshold", 0.4, 0.05, 0.99));
  }

  private static MaintenanceWindow window(ConfigNode n) {
    n.allow(Set.of("from", "to", "reason", "zones"));
    Instant from = instant(n, "from");
    Instant to = instant(n, "to");
    if (!to.isAfter(from)) {
      n.get("to").error("must be later than from");
    }
    return new MaintenanceWindow(from, to, n.requiredString("reason"), n.strings("zones"));
  }

  private static LocalTime time(ConfigNode n, String key) {
    String text = n.requiredString(key);
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      n.get(key).error("must be a time of day HH:MM");
      return LocalTime.MIDNIGHT;
    }
  }

  private static Instant instant(ConfigNode n, String key) {
    String text = n.requiredString(key);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      n.get(key).error("must be an ISO-8601 UTC time such as 2026-05-01T08:00:00Z");
      return Instant.EPOCH;
    }
  }
}

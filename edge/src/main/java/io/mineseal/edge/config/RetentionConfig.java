package io.mineseal.edge.config;

import java.util.Set;

/** How much the box keeps, and what it gives up first when space runs short. */
public record RetentionConfig(
    int evidenceDays,
    int evidenceMaxDiskPercent,
    int maxUnsentTelemetry,
    int maxUnsentState,
    int minFreeDiskMb,
    int clipSecondsBefore,
    int clipSecondsAfter) {

  static RetentionConfig read(ConfigNode n) {
    n.allow(
        Set.of(
            "evidenceDays",
            "evidenceMaxDiskPercent",
            "maxUnsentTelemetry",
            "maxUnsentState",
            "minFreeDiskMb",
            "clipSecondsBefore",
            "clipSecondsAfter"));
    return new RetentionConfig(
        n.integer("evidenceDays", 30, 1, 3650),
        n.integer("evidenceMaxDiskPercent", 20, 1, 90),
        n.integer("maxUnsentTelemetry", 10_000, 10, 10_000_000),
        n.integer("maxUnsentState", 100_000, 100, 10_000_000),
        n.integer("minFreeDiskMb", 200, 1, 1_000_000),
        n.integer("clipSecondsBefore", 5, 0, 30),
        n.integer("clipSecondsAfter", 5, 0, 30));
  }
}

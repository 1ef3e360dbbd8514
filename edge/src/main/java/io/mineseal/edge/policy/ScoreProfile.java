package io.mineseal.edge.policy;

import io.mineseal.edge.config.PolicyConfig;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/** The detector's score threshold at a given time: the day or night profile, else the default. */
public final class ScoreProfile implements LongToDoubleFunction {
  private final List<PolicyConfig.Profile> profiles;
  private final double fallback;
  private final ZoneId zone;

  public ScoreProfile(List<PolicyConfig.Profile> profiles, double fallback, ZoneId zone) {
    this.profiles = profiles;
    this.fallback = fallback;
    this.zone = zone;
  }

  @Override
  public double applyAsDouble(long epochMillis) {
    LocalTime t = LocalTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
    for (PolicyConfig.Profile p : profiles) {
      boolean wraps = p.to().isBefore(p.from());
      boolean inside =
          wraps
              ? !t.isBefore(p.from()) || t.isBefore(p.to())
              : !t.isBefore(p.from()) && t.isBefore(p.to());
      if (inside) {
        return p.scoreThreshold();
      }
    }
    return fallback;
  }
}

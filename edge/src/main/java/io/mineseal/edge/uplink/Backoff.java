package io.mineseal.edge.uplink;

import java.util.random.RandomGenerator;

/** Exponential backoff with full jitter, from the first attempt on. */
public final class Backoff {
  private final double minSeconds;
  private final double maxSeconds;
  private final RandomGenerator random;
  private int failures;

  public Backoff(double minSeconds, double maxSeconds, RandomGenerator random) {
    this.minSeconds = minSeconds;
    this.maxSeconds = maxSeconds;
    this.random = random;
  }

  /** The wait before the next attempt, after one more failure. */
  public long nextDelayMillis() {
    double ceiling = Math.min(maxSeconds, minSeconds * Math.pow(2, Math.min(failures, 30)));
    failures++;
    double seconds = minSeconds + random.nextDouble() * (ceiling - minSeconds);
    return Math.round(seconds * 1000);
  }

  public void reset() {
    failures = 0;
  }

  public int failures() {
    return failures;
  }
}

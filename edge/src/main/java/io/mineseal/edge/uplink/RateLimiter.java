package io.mineseal.edge.uplink;

/** A token bucket on the monotonic clock, holding at most one second of budget. */
final class RateLimiter {
  private final double perSecond;
  private double tokens;
  private long lastNanos;

  RateLimiter(double perSecond, long nowNanos) {
    this.perSecond = perSecond;
    this.tokens = perSecond;
    this.lastNanos = nowNanos;
  }

  /** Takes up to {@code wanted} tokens and returns how many were granted. */
  int take(int wanted, long nowNanos) {
    tokens = Math.min(perSecond, tokens + (nowNanos - lastNanos) / 1e9 * perSecond);
    lastNanos = nowNanos;
    int granted = (int) Math.min(wanted, Math.floor(tokens));
    tokens -= granted;
    return granted;
  }

  /** Returns tokens that were taken but not used. */
  void giveBack(int unused) {
    tokens = Math.min(perSecond, tokens + Math.max(0, unused));
  }

  /** Milliseconds until at least one token is available. */
  long waitMillis() {
    return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perSecond * 1000);
  }
}

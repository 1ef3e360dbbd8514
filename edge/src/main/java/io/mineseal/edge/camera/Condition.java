package io.mineseal.edge.camera;

/**
 * A condition that must hold for {@code onsetMillis} before it is raised and be gone for {@code
 * clearMillis} before it is cleared: one event at each edge, not one per frame.
 */
final class Condition {
  /** What changed on this step. */
  enum Edge {
    NONE,
    RAISED,
    CLEARED
  }

  private final long onsetMillis;
  private final long clearMillis;
  private long trueSince = -1;
  private long falseSince = -1;
  private boolean raised;
  private long raisedAt;

  Condition(long onsetMillis, long clearMillis) {
    this.onsetMillis = onsetMillis;
    this.clearMillis = clearMillis;
  }

  Edge update(boolean holds, long nowMillis) {
    if (holds) {
      falseSince = -1;
      if (trueSince < 0) {
        trueSince = nowMillis;
      }
      if (!raised && nowMillis - trueSince >= onsetMillis) {
        raised = true;
        raisedAt = nowMillis;
        return Edge.RAISED;
      }
    } else {
      trueSince = -1;
      if (falseSince < 0) {
        falseSince = nowMillis;
      }
      if (raised && nowMillis - falseSince >= clearMillis) {
        raised = false;
        return Edge.CLEARED;
      }
    }
    return Edge.NONE;
  }

  boolean raised() {
    return raised;
  }

  long raisedAt() {
    return raisedAt;
  }

  /** Forget a half-built onset (e.g. after the stream restarted); a raised state stays. */
  void resetOnset() {
    trueSince = -1;
  }
}

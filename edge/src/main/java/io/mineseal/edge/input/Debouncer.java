package io.mineseal.edge.input;

/**
 * Our own debounce, not the provider's: a level counts only once it has held for {@code
 * debounceMillis}. Fed by edges and by periodic read-back, so a change without an edge still
 * counts.
 */
final class Debouncer {
  private final long debounceMillis;
  private boolean stable;
  private boolean raw;
  private long rawSince;

  Debouncer(long debounceMillis, boolean initial) {
    this.debounceMillis = debounceMillis;
    this.stable = initial;
    this.raw = initial;
  }

  /** A level seen now (edge or read-back); returns true if it differs from the last one seen. */
  boolean raw(boolean level, long nowMillis) {
    if (level == raw) {
      return false;
    }
    raw = level;
    rawSince = nowMillis;
    return true;
  }

  /** The new stable level if the raw one has held long enough and differs; else null. */
  Boolean poll(long nowMillis) {
    if (raw != stable && nowMillis - rawSince >= debounceMillis) {
      stable = raw;
      return stable;
    }
    return null;
  }

  boolean stable() {
    return stable;
  }

  long rawSince() {
    return rawSince;
  }
}

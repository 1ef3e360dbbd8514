package io.mineseal.edge.input;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A contact that changes more than {@code limitPerMinute} times a minute (a loose wire, a relay
 * buzzing) becomes one fault instead of a flood; it recovers once the rate falls to half the limit.
 */
final class ChatterGuard {
  private static final long WINDOW_MILLIS = 60_000;
  private final int limitPerMinute;
  private final Deque<Long> changes = new ArrayDeque<>();
  private boolean faulted;

  ChatterGuard(int limitPerMinute) {
    this.limitPerMinute = limitPerMinute;
  }

  /** Records a change; returns true exactly when this change puts the input into fault. */
  boolean change(long nowMillis) {
    changes.addLast(nowMillis);
    trim(nowMillis);
    if (!faulted && changes.size() > limitPerMinute) {
      faulted = true;
      return true;
    }
    return false;
  }

  /** Returns true exactly when a faulted input has calmed down. */
  boolean recovered(long nowMillis) {
    trim(nowMillis);
    if (faulted && changes.size() <= limitPerMinute / 2) {
      faulted = false;
      return true;
    }
    return false;
  }

  boolean faulted() {
    return faulted;
  }

  int changesLastMinute() {
    return changes.size();
  }

  private void trim(long now) {
    while (!changes.isEmpty() && changes.peekFirst() < now - WINDOW_MILLIS) {
      changes.removeFirst();
    }
  }
}

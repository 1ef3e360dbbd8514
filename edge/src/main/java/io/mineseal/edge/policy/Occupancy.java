package io.mineseal.edge.policy;

import io.mineseal.edge.store.EventStore;
import java.util.HashMap;
import java.util.Map;

/** People believed inside each zone; kept in the store so it survives restarts. */
public final class Occupancy {
  private static final String PREFIX = "occupancy.";
  private final EventStore store;
  private final Map<String, Integer> counts = new HashMap<>();

  /**
   * @param store where counts persist, or null (replay) to keep them in memory only
   */
  public Occupancy(EventStore store) {
    this.store = store;
  }

  public synchronized int get(String zone) {
    return counts.computeIfAbsent(
        zone, z -> store == null ? 0 : store.state(PREFIX + z).map(Integer::parseInt).orElse(0));
  }

  /** Adds {@code delta}, never going below zero, and returns the new count. */
  public synchronized int add(String zone, int delta) {
    int value = Math.max(0, get(zone) + delta);
    counts.put(zone, value);
    if (store != null) {
      store.putState(PREFIX + zone, Integer.toString(value));
    }
    return value;
  }

  public synchronized int reset(String zone, int value) {
    int previous = get(zone);
    counts.put(zone, Math.max(0, value));
    if (store != null) {
      store.putState(PREFIX + zone, Integer.toString(Math.max(0, value)));
    }
    return previous;
  }
}

package io.mineseal.edge.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;

/**
 * Times each event of this run from its commit to the broker's confirmation on the monotonic clock
 * (the wall clock may step between the two). Events still unconfirmed when the map is full (a long
 * outage) are forgotten oldest first, so memory stays bounded.
 */
public final class DeliveryLatency {
  static final int MAX_PENDING = 20_000;

  private final LongSupplier nanoTime;
  private final DoubleConsumer seconds;
  private final Map<String, Long> pending =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > MAX_PENDING;
        }
      };

  public DeliveryLatency(LongSupplier nanoTime, DoubleConsumer seconds) {
    this.nanoTime = nanoTime;
    this.seconds = seconds;
  }

  public synchronized void committed(String eventId) {
    pending.put(eventId, nanoTime.getAsLong());
  }

  public void published(String eventId) {
    Long since;
    synchronized (this) {
      since = pending.remove(eventId);
    }
    if (since != null) {
      seconds.accept((nanoTime.getAsLong() - since) / 1e9);
    }
  }

  synchronized int pendingCount() {
    return pending.size();
  }
}

package io.mineseal.edge.store;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventClass;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox and the source of truth. Every event is committed here before any send attempt; a row
 * leaves only when its delivery is confirmed.
 */
public interface EventStore extends AutoCloseable {

  /**
   * Commits the event durably and returns it with its sequence number (monotonic per device, across
   * restarts). Lifecycle and alarm events are never refused or evicted; when a low class (state,
   * telemetry) is over its capacity, its own oldest unsent rows are evicted. When the disk itself
   * runs short the caller evicts telemetry before state ({@link #evictOldest}).
   *
   * @throws StoreException if the event could not be committed even after making room
   */
  Event append(Event draft);

  /** Unsent events of one class with {@code seq} in (afterSeq, upToSeq], oldest first. */
  List<Event> unsent(EventClass eventClass, long afterSeq, long upToSeq, int limit);

  /** The same rows as {@link #unsent}, as the uplink sends them (stored JSON, no re-encoding). */
  default List<Outgoing> outgoing(EventClass eventClass, long afterSeq, long upToSeq, int limit) {
    return unsent(eventClass, afterSeq, upToSeq, limit).stream().map(Outgoing::of).toList();
  }

  /** Delivery confirmed: the rows leave the store. */
  void delivered(Collection<String> eventIds);

  /** Broker confirmed but the platform has not yet acknowledged: keep, but do not resend now. */
  void markSent(Collection<String> eventIds);

  /** After a reconnect, rows sent but never acknowledged become unsent again. */
  int resetSent();

  /** Deletes up to {@code count} of the oldest unsent rows of an evictable class. */
  int evictOldest(EventClass eventClass, int count);

  /** Unsent rows per class. */
  Map<EventClass, Integer> depth();

  Optional<Instant> oldestUnsent();

  /** Whether an event is still held (not yet delivered or acknowledged). */
  boolean holds(String eventId);

  long lastSeq();

  Optional<String> state(String key);

  void putState(String key, String value);

  /** True if the store found a damaged file at start-up, moved it aside and began afresh. */
  boolean recovered();

  @Override
  void close();
}

package io.mineseal.edge.store;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventClass;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** An in-memory store for tests and tools; same contract as the SQLite store, no durability. */
public final class MemoryEventStore implements EventStore {
  private final Capacity capacity;
  private final TreeMap<Long, Event> rows = new TreeMap<>();
  private final Map<String, Long> seqById = new HashMap<>();
  private final Set<String> sent = new HashSet<>();
  private final Map<String, String> state = new HashMap<>();
  private long lastSeq;

  public MemoryEventStore(Capacity capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized Event append(Event draft) {
    Event stored = draft.withSeq(++lastSeq);
    rows.put(stored.seq(), stored);
    seqById.put(stored.eventId(), stored.seq());
    EventClass c = stored.eventClass();
    if (c.evictable()) {
      int over = depth().get(c) - capacity.limit(c);
      evictOldest(c, over);
    }
    return stored;
  }

  @Override
  public synchronized List<Event> unsent(EventClass c, long afterSeq, long upToSeq, int limit) {
    return rows.subMap(afterSeq, false, upToSeq, true).values().stream()
        .filter(e -> e.eventClass() == c && !sent.contains(e.eventId()))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized void delivered(Collection<String> eventIds) {
    for (String id : eventIds) {
      Long seq = seqById.remove(id);
      if (seq != null) {
        rows.remove(seq);
      }
      sent.remove(id);
    }
  }

  @Override
  public synchronized void markSent(Collection<String> eventIds) {
    eventIds.stream().filter(seqById::containsKey).forEach(sent::add);
  }

  @Override
  public synchronized int resetSent() {
    int n = sent.size();
    sent.clear();
    return n;
  }

  @Override
  public synchronized int evictOldest(EventClass c, int count) {
    if (!c.evictable() || count <= 0) {
      return 0;
    }
    List<Event> victims = unsent(c, 0, Long.MAX_VALUE, count);
    delivered(victims.stream().map(Event::eventId).toList());
    return victims.size();
  }

  @Override
  public synchronized Map<EventClass, Integer> depth() {
    Map<EventClass, Integer> out = new EnumMap<>(EventClass.class);
    for (EventClass c : EventClass.values()) {
      out.put(c, 0);
    }
    rows.values().stream()
        .filter(e -> !sent.contains(e.eventId()))
        .forEach(e -> out.merge(e.eventClass(), 1, Integer::sum));
    return out;
  }

  @Override
  public synchronized Optional<Instant> oldestUnsent() {
    return rows.values().stream()
        .filter(e -> !sent.contains(e.eventId()))
        .map(Event::ts)
        .min(Instant::compareTo);
  }

  @Override
  public synchronized boolean holds(String eventId) {
    return seqById.containsKey(eventId);
  }

  @Override
  public synchronized long lastSeq() {
    return lastSeq;
  }

  @Override
  public synchronized Optional<String> state(String key) {
    return Optional.ofNullable(state.get(key));
  }

  @Override
  public synchronized void putState(String key, String value) {
    state.put(key, value);
  }

  @Override
  public boolean recovered() {
    return false;
  }

  @Override
  public void close() {}
}

package io.mineseal.edge.daemon;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.policy.ModeState;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.StoreException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's one {@link EventSink}: marks planned work, commits to the store, then tells the
 * listeners (uplink, outputs). If the store refuses a write (disk full), the event waits in memory
 * and is committed with the next one that succeeds: nothing is dropped.
 */
public final class Recorder implements EventSink {
  private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);
  private static final int MAX_WAITING = 10_000;

  private final EventStore store;
  private final ModeState mode;
  private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
  private final Deque<Event> waiting = new ArrayDeque<>();

  public Recorder(EventStore store, ModeState mode) {
    this.store = store;
    this.mode = mode;
  }

  public void addListener(Consumer<Event> listener) {
    listeners.add(listener);
  }

  @Override
  public Event record(Event draft) {
    Event event = draft;
    if (!draft.planned() && mode.planned(draft.ts(), zoneOf(draft))) {
      event = draft.asPlanned();
    }
    Event stored;
    synchronized (this) {
      waiting.addLast(event);
      stored = flush();
    }
    if (stored == null) {
      return event;
    }
    LOG.debug("Event {} #{} {}", stored.type().wire(), stored.seq(), stored.source().id());
    for (Consumer<Event> listener : listeners) {
      listener.accept(stored);
    }
    return stored;
  }

  /** Commits what waits, oldest first; returns the last one committed, or null. */
  private Event flush() {
    Event last = null;
    while (!waiting.isEmpty()) {
      try {
        last = store.append(waiting.peekFirst());
        waiting.removeFirst();
      } catch (StoreException e) {
        LOG.error("Cannot commit event ({} waiting in memory): {}", waiting.size(), e.getMessage());
        while (waiting.size() > MAX_WAITING && waiting.peekFirst().eventClass().evictable()) {
          waiting.removeFirst();
        }
        return null;
      }
    }
    return last;
  }

  /** Events still waiting for the store to accept them. */
  public synchronized int waitingCount() {
    return waiting.size();
  }

  private static String zoneOf(Event e) {
    Object zone = e.details().get("zone");
    return zone == null ? null : zone.toString();
  }
}

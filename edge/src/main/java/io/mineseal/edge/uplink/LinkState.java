package io.mineseal.edge.uplink;

import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.store.EventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The link's history: the session counter (persisted, so a stale last-will can be told apart),
 * outages recorded as {@code link.down} / {@code link.up} events, reconnects and last publish.
 */
public final class LinkState {
  private static final String SESSION_KEY = "uplink.session";

  private final EventStore store;
  private final EventSink sink;
  private final EventFactory events;
  private final Deque<Instant> connects = new ArrayDeque<>();
  private volatile int session;
  private volatile Instant downSince;
  private volatile Instant lastPublish;
  private boolean downRecorded;

  public LinkState(EventStore store, EventSink sink, EventFactory events) {
    this.store = store;
    this.sink = sink;
    this.events = events;
    this.session = store.state(SESSION_KEY).map(Integer::parseInt).orElse(0);
    this.downSince = events.clock().instant();
  }

  int nextSession() {
    session++;
    store.putState(SESSION_KEY, Integer.toString(session));
    return session;
  }

  public int session() {
    return session;
  }

  /** A connect attempt failed; the outage is recorded once, however many attempts fail. */
  synchronized void failed(String reason) {
    if (!downRecorded) {
      recordDown(reason);
    }
  }

  /** An established connection dropped. */
  synchronized void lost(String reason) {
    if (downSince == null) {
      downSince = events.clock().instant();
      recordDown(reason);
    }
  }

  private void recordDown(String reason) {
    downRecorded = true;
    sink.record(
        events
            .of(EventType.LINK_DOWN, Source.device(events.deviceId()))
            .details(Map.of("reason", reason == null ? "unknown" : reason))
            .build());
  }

  synchronized void up(String serverUri) {
    Instant now = events.clock().instant();
    connects.addLast(now);
    while (connects.size() > 1 && connects.peekFirst().isBefore(now.minusSeconds(3600))) {
      connects.removeFirst();
    }
    if (downRecorded) {
      double outageSeconds = Duration.between(downSince, now).toMillis() / 1000.0;
      sink.record(
          events
              .of(EventType.LINK_UP, Source.device(events.deviceId()))
              .details(Map.of("server", serverUri, "outageSeconds", outageSeconds))
              .build());
    }
    downSince = null;
    downRecorded = false;
  }

  void published() {
    lastPublish = events.clock().instant();
  }

  public Instant lastPublish() {
    return lastPublish;
  }

  /** Connections made in the last hour beyond the first of the daemon's life. */
  public synchronized int reconnectsLastHour() {
    Instant cutoff = events.clock().instant().minusSeconds(3600);
    return (int) Math.max(0, connects.stream().filter(t -> t.isAfter(cutoff)).count() - 1);
  }

  public boolean isUp() {
    return downSince == null;
  }
}

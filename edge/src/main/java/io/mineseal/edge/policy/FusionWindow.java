package io.mineseal.edge.policy;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventType;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Recent door and lock events, so that a person seen soon after (or before) a door opens forms one
 * alarm carrying both pieces of evidence.
 */
public final class FusionWindow {
  private static final Set<EventType> CONTACTS =
      Set.of(EventType.DOOR_OPENED, EventType.LOCK_OPENED, EventType.LOCK_TAMPERED);

  private final long windowMillis;
  private final Deque<Event> recent = new ArrayDeque<>();

  public FusionWindow(long windowMillis) {
    this.windowMillis = windowMillis;
  }

  /** Listens to every recorded event; keeps the contact ones. */
  public synchronized void observe(Event e) {
    if (CONTACTS.contains(e.type())) {
      recent.addLast(e);
      while (recent.size() > 100) {
        recent.removeFirst();
      }
    }
  }

  /** Contact events within the window of {@code now}, in the zone (or with no zone). */
  public synchronized List<Event> near(Instant now, String zone) {
    List<Event> out = new ArrayList<>();
    for (Event e : recent) {
      long gap = Math.abs(now.toEpochMilli() - e.ts().toEpochMilli());
      Object eventZone = e.details().get("zone");
      if (gap <= windowMillis && (eventZone == null || zone == null || eventZone.equals(zone))) {
        out.add(e);
      }
    }
    return out;
  }
}

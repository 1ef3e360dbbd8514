package io.mineseal.edge.console;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The console's timeline: the last events in memory, fed by the recorder after each commit (the
 * outbox deletes delivered rows, so it cannot serve as history). Motion telemetry has its own,
 * smaller ring so that a busy scene does not push the alarms out. Also follows each camera's open
 * conditions (offline, occluded, moved, frozen, dark) from the same events. Empty after a restart.
 */
public final class EventHistory {
  private static final String END = ".end";

  private final int capacity;
  private final Deque<Event> events = new ArrayDeque<>();
  private final Deque<Event> telemetry = new ArrayDeque<>();
  private final Map<String, Set<String>> conditions = new LinkedHashMap<>();

  public EventHistory(int capacity) {
    this.capacity = capacity;
  }

  /** The recorder's listener: called once per committed event. */
  public synchronized void add(Event e) {
    boolean noisy = e.eventClass() == EventClass.TELEMETRY;
    Deque<Event> ring = noisy ? telemetry : events;
    ring.addFirst(e);
    while (ring.size() > (noisy ? Math.max(1, capacity / 4) : capacity)) {
      ring.removeLast();
    }
    if (e.source().kind().equals("camera")) {
      follow(e.source().id(), e.type().wire());
    }
  }

  private void follow(String camera, String type) {
    Set<String> open = conditions.computeIfAbsent(camera, c -> new TreeSet<>());
    switch (type) {
      case "camera.offline" -> open.add("offline");
      case "camera.online" -> open.remove("offline");
      case "camera.occluded", "camera.moved", "camera.frozen", "camera.dark" ->
          open.add(type.substring("camera.".length()));
      default -> {
        if (type.startsWith("camera.") && type.endsWith(END)) {
          open.remove(type.substring("camera.".length(), type.length() - END.length()));
        }
      }
    }
  }

  /**
   * Newest first, at most {@code limit}; {@code type} and {@code camera} filter when not null. A
   * type ending in {@code .*} matches its family, e.g. {@code person.*}.
   */
  public synchronized List<Event> query(String type, String camera, int limit) {
    List<Event> all = new ArrayList<>(events);
    all.addAll(telemetry);
    all.sort(Comparator.comparingLong(Event::seq).reversed());
    List<Event> out = new ArrayList<>();
    for (Event e : all) {
      if (out.size() >= limit) {
        break;
      }
      if (matches(e, type, camera)) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean matches(Event e, String type, String camera) {
    String wire = e.type().wire();
    boolean typeOk =
        type == null
            || wire.equals(type)
            || (type.endsWith(".*") && wire.startsWith(type.substring(0, type.length() - 1)));
    boolean cameraOk =
        camera == null || (e.source().kind().equals("camera") && e.source().id().equals(camera));
    return typeOk && cameraOk;
  }

  /** The event types seen so far, for the filter's choices. */
  public synchronized Set<String> types() {
    Set<String> out = new TreeSet<>();
    events.forEach(e -> out.add(e.type().wire()));
    telemetry.forEach(e -> out.add(e.type().wire()));
    return out;
  }

  /** Conditions open on a camera now, e.g. {@code [occluded]}; empty when none. */
  public synchronized List<String> conditions(String camera) {
    return List.copyOf(conditions.getOrDefault(camera, Set.of()));
  }
}

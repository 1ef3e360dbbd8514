package io.mineseal.edge.store;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventJson;

/**
 * An unsent event as the uplink sends it: its stored JSON, so draining a backlog does not parse and
 * re-write every row; only {@code seq} and {@code historical} are set on the way out.
 */
public record Outgoing(String eventId, long seq, String json, boolean hasEvidence) {

  public static Outgoing of(Event e) {
    return new Outgoing(e.eventId(), e.seq(), EventJson.write(e), !e.evidence().isEmpty());
  }

  /** The event itself, parsed from the stored JSON. */
  public Event event() {
    return EventJson.read(json).withSeq(seq);
  }

  /**
   * The wire payload: the stored JSON with this row's seq, marked historical if from the backlog.
   */
  public String payload(boolean historical) {
    String out = replaceValue(json, "\"seq\":", Long.toString(seq));
    return historical ? replaceValue(out, "\"historical\":", "true") : out;
  }

  private static String replaceValue(String json, String key, String value) {
    int at = json.indexOf(key);
    if (at < 0) {
      throw new IllegalStateException("stored event lacks " + key);
    }
    int start = at + key.length();
    int end = start;
    while (end < json.length() && json.charAt(end) != ',' && json.charAt(end) != '}') {
      end++;
    }
    return json.substring(0, start) + value + json.substring(end);
  }
}

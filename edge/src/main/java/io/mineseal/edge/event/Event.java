package io.mineseal.edge.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event as stored and sent (wire contract v1). {@code seq} is 0 until the store commits it;
 * {@code historical} is set only when it is sent from the backlog.
 */
public record Event(
    String eventId,
    long seq,
    String bootId,
    String siteId,
    String deviceId,
    EventType type,
    Severity severity,
    Source source,
    Instant ts,
    boolean planned,
    boolean historical,
    Integer occupancy,
    Double confidence,
    List<String> evidence,
    Map<String, Object> details) {

  public static final int SCHEMA = 1;

  public Event {
    evidence = List.copyOf(evidence);
    details = Map.copyOf(details);
  }

  public EventClass eventClass() {
    return type.eventClass();
  }

  public Event withSeq(long newSeq) {
    return copy(newSeq, planned, historical, evidence);
  }

  /** Sent from the backlog. */
  public Event asHistorical() {
    return copy(seq, planned, true, evidence);
  }

  /** Inside a maintenance window. */
  public Event asPlanned() {
    return copy(seq, true, historical, evidence);
  }

  public Event withEvidence(List<String> ids) {
    return copy(seq, planned, historical, ids);
  }

  private Event copy(
      long newSeq, boolean newPlanned, boolean newHistorical, List<String> newEvidence) {
    return new Event(
        eventId,
        newSeq,
        bootId,
        siteId,
        deviceId,
        type,
        severity,
        source,
        ts,
        newPlanned,
        newHistorical,
        occupancy,
        confidence,
        newEvidence,
        details);
  }
}

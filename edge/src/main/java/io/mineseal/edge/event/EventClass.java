package io.mineseal.edge.event;

/** Delivery priority, highest first. Capacity limits apply to STATE and TELEMETRY only. */
public enum EventClass {
  LIFECYCLE,
  ALARM,
  STATE,
  TELEMETRY;

  public boolean evictable() {
    return this == STATE || this == TELEMETRY;
  }
}

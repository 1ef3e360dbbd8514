package io.mineseal.edge.store;

import io.mineseal.edge.event.EventClass;

/** Limits on unsent rows of the low classes; lifecycle and alarm rows have none. */
public record Capacity(int maxUnsentState, int maxUnsentTelemetry) {
  public static final Capacity UNLIMITED = new Capacity(Integer.MAX_VALUE, Integer.MAX_VALUE);

  public int limit(EventClass eventClass) {
    return switch (eventClass) {
      case STATE -> maxUnsentState;
      case TELEMETRY -> maxUnsentTelemetry;
      default -> Integer.MAX_VALUE;
    };
  }
}

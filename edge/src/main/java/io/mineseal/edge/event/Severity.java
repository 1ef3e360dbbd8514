package io.mineseal.edge.event;

import java.util.Locale;

/** How urgent an event is, as carried on the wire. */
public enum Severity {
  ALARM,
  WARNING,
  INFO;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}

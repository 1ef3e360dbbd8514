package io.mineseal.edge.input;

import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.event.EventType;

/** What an input's active and inactive states mean, and the events they make. */
final class Logical {
  private Logical() {}

  static boolean active(InputConfig in, boolean high) {
    return high == (in.activeLevel() == InputConfig.Level.HIGH);
  }

  static String state(InputConfig in, boolean active) {
    return switch (in.kind()) {
      case DOOR -> active ? "OPEN" : "CLOSED";
      case LOCK -> active ? "UNLOCKED" : "LOCKED";
      case TAMPER -> active ? "OPEN" : "CLOSED";
      case PIR -> active ? "TRIGGERED" : "QUIET";
      case EQUIPMENT -> active ? "RUNNING" : "STOPPED";
      case POWER -> active ? "BATTERY" : "MAINS";
    };
  }

  /** The event for a change to {@code active}, or null where the change is not an event. */
  static EventType event(InputConfig in, boolean active) {
    return switch (in.kind()) {
      case DOOR -> active ? EventType.DOOR_OPENED : EventType.DOOR_CLOSED;
      case LOCK -> active ? EventType.LOCK_OPENED : EventType.LOCK_CLOSED;
      case TAMPER -> active ? EventType.ENCLOSURE_OPENED : EventType.ENCLOSURE_CLOSED;
      case PIR -> active ? EventType.PIR_TRIGGERED : null;
      case EQUIPMENT -> active ? EventType.EQUIPMENT_RUNNING : EventType.EQUIPMENT_STOPPED;
      case POWER -> active ? EventType.POWER_LOST : EventType.POWER_RESTORED;
    };
  }
}

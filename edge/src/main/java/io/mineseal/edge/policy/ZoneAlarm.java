package io.mineseal.edge.policy;

/**
 * One intrusion in one zone as one alarm with a lifecycle: new, updates when more is seen, end
 * after a quiet spell. A return within the cool-down reopens the same alarm instead of a new one.
 */
final class ZoneAlarm {
  /** The lifecycle step to report, if any. */
  enum Phase {
    NONE,
    NEW,
    UPDATE,
    END
  }

  private final String zone;
  private final long minDurationMillis;
  private final long endAfterMillis;
  private final long cooldownMillis;
  private String alarmId;
  private long presentSince = -1;
  private long lastSeen = -1;
  private long endedAt = -1;
  private boolean open;
  private int reportedCount;

  ZoneAlarm(String zone, long minDurationMillis, long endAfterMillis, long cooldownMillis) {
    this.zone = zone;
    this.minDurationMillis = minDurationMillis;
    this.endAfterMillis = endAfterMillis;
    this.cooldownMillis = cooldownMillis;
  }

  Phase update(int count, long now) {
    if (count > 0) {
      lastSeen = now;
      if (presentSince < 0) {
        presentSince = now;
      }
      if (!open && now - presentSince >= minDurationMillis) {
        open = true;
        reportedCount = count;
        boolean reopen = endedAt >= 0 && now - endedAt < cooldownMillis && alarmId != null;
        if (!reopen) {
          alarmId = zone + "@" + now;
        }
        return reopen ? Phase.UPDATE : Phase.NEW;
      }
      if (open && count > reportedCount) {
        reportedCount = count;
        return Phase.UPDATE;
      }
      return Phase.NONE;
    }
    presentSince = -1;
    if (open && now - lastSeen >= endAfterMillis) {
      open = false;
      endedAt = now;
      reportedCount = 0;
      return Phase.END;
    }
    return Phase.NONE;
  }

  String alarmId() {
    return alarmId;
  }

  boolean open() {
    return open;
  }

  long lastSeen() {
    return lastSeen;
  }
}

package io.mineseal.edge.daemon;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the system clock is synchronised, as systemd-timesyncd or chrony report it. */
final class ClockSync {
  private static final Path TIMESYNC_FLAG = Path.of("/run/systemd/timesync/synchronized");
  private static final Path CHRONY_DIR = Path.of("/run/chrony");

  private ClockSync() {}

  static String state() {
    if (Files.exists(TIMESYNC_FLAG)) {
      return "synchronized";
    }
    if (Files.isDirectory(CHRONY_DIR)) {
      return "chrony";
    }
    return "unknown";
  }
}

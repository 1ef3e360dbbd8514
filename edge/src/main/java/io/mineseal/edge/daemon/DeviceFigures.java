package io.mineseal.edge.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Figures the Pi's kernel and firmware expose as files; absent elsewhere. */
final class DeviceFigures {
  private static final Path THERMAL = Path.of("/sys/class/thermal/thermal_zone0/temp");
  private static final Path THROTTLED =
      Path.of("/sys/devices/platform/soc/soc:firmware/get_throttled");

  private DeviceFigures() {}

  /** CPU temperature in °C, or null where the kernel does not say. */
  static Double cpuTemperature() {
    try {
      return Files.isReadable(THERMAL)
          ? Long.parseLong(Files.readString(THERMAL).trim()) / 1000.0
          : null;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  /** MemAvailable from /proc/meminfo in MiB, or null. */
  static Long memoryAvailableMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemAvailable:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /**
   * The firmware's throttling bits (under-voltage 0x1, throttled 0x4 now; 0x10000.. since boot).
   */
  static Integer throttled() {
    try {
      return Files.isReadable(THROTTLED)
          ? Integer.decode(Files.readString(THROTTLED).trim())
          : null;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }
}

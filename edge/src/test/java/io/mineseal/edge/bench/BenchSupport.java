package io.mineseal.edge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Small helpers shared by the benchmark harnesses (run by scripts/bench-*, not by the tests). */
final class BenchSupport {
  private BenchSupport() {}

  /** Resident set size of this process in MiB, from /proc (Linux). */
  static double rssMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /** Process CPU time in seconds (user + system), from /proc. */
  static double cpuSeconds() {
    try {
      String[] f = Files.readString(Path.of("/proc/self/stat")).split("\\) ")[1].split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException e) {
      return -1;
    }
  }

  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}

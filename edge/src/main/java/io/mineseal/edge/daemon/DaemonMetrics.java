package io.mineseal.edge.daemon;

import io.mineseal.edge.camera.CameraWorker;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.health.ComponentHealth;
import io.mineseal.edge.health.Metrics;
import io.mineseal.edge.health.Status;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Registers the daemon's figures with the metrics registry; each is read at scrape time. */
final class DaemonMetrics {
  private DaemonMetrics() {}

  static Metrics create(Shared s) {
    Metrics m = new Metrics();
    m.gauge("mineseal_queue_depth", "Unsent events per class", "class", () -> depth(s));
    m.gauge(
        "mineseal_oldest_unsent_seconds",
        "Age of the oldest unsent event",
        () ->
            s.store
                .oldestUnsent()
                .map(t -> (double) Duration.between(t, s.clock.instant()).toSeconds())
                .orElse(0.0));
    m.gauge(
        "mineseal_camera_fps", "Frames per second analysed", "camera", () -> per(s, w -> w.fps()));
    m.counter(
        "mineseal_camera_frames",
        "Frames read since start",
        "camera",
        () -> per(s, w -> w.framesRead()));
    m.gauge(
        "mineseal_detector_share",
        "Share of frames the detector ran on",
        "camera",
        () -> per(s, w -> w.pipeline().detectorShare()));
    m.gauge(
        "mineseal_component_up", "1 UP, 0.5 DEGRADED, 0 DOWN", "component", () -> components(s));
    m.gauge(
        "mineseal_uplink_reconnects_last_hour",
        "Reconnects in the last hour",
        () -> s.hooks.uplinkLink == null ? 0 : s.hooks.uplinkLink.reconnectsLastHour());
    m.gauge(
        "mineseal_disk_free_bytes",
        "Free space on the data directory",
        () -> s.config.device().dataDir().toFile().getUsableSpace());
    device(m);
    return m;
  }

  /** Figures of the box itself: temperature, firmware flags, memory, uptime. */
  private static void device(Metrics m) {
    m.gauge(
        "mineseal_cpu_temperature_celsius",
        "CPU temperature",
        () -> orNaN(DeviceFigures.cpuTemperature()));
    if (DeviceFigures.throttled() != null) {
      m.gauge(
          "mineseal_under_voltage",
          "Pi firmware: under-voltage now (1) or not",
          () -> bit(DeviceFigures.throttled(), 0x1));
      m.gauge(
          "mineseal_throttled",
          "Pi firmware: CPU throttled now (1) or not",
          () -> bit(DeviceFigures.throttled(), 0x4));
    }
    m.gauge(
        "mineseal_memory_available_bytes",
        "Memory available to new work",
        () -> {
          Long mb = DeviceFigures.memoryAvailableMb();
          return mb == null ? Double.NaN : mb * 1024.0 * 1024;
        });
    m.gauge(
        "mineseal_uptime_seconds",
        "Daemon uptime",
        () -> ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
  }

  private static Map<String, Double> depth(Shared s) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<EventClass, Integer> e : s.store.depth().entrySet()) {
      out.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue().doubleValue());
    }
    return out;
  }

  private static Map<String, Double> per(Shared s, ToDoubleFunction<CameraWorker> f) {
    Map<String, Double> out = new LinkedHashMap<>();
    s.hooks.cameras.forEach((id, w) -> out.put(id, f.applyAsDouble(w)));
    return out;
  }

  private static Map<String, Double> components(Shared s) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (ComponentHealth c : s.health.snapshot()) {
      out.put(
          c.component(), c.status() == Status.UP ? 1.0 : c.status() == Status.DEGRADED ? 0.5 : 0.0);
    }
    return out;
  }

  private static double bit(Integer flags, int mask) {
    return flags == null ? Double.NaN : (flags & mask) != 0 ? 1 : 0;
  }

  private static double orNaN(Double v) {
    return v == null ? Double.NaN : v;
  }
}

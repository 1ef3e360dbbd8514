package io.mineseal.edge.daemon;

import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.lifecycle.Component;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the disk from filling: evidence older than its retention or beyond its share of the disk
 * goes first, oldest first, never that of an alarm not yet acknowledged; when free space runs low,
 * telemetry then state rows are evicted and {@code storage.low} is raised once.
 */
final class StorageGuard implements Component {
  private static final Logger LOG = LoggerFactory.getLogger(StorageGuard.class);
  private final Shared s;
  private final ScheduledExecutorService scheduler;
  private boolean low;

  StorageGuard(Shared s, ScheduledExecutorService scheduler) {
    this.s = s;
    this.scheduler = scheduler;
  }

  @Override
  public String name() {
    return "storage";
  }

  @Override
  public void start() {
    scheduler.scheduleWithFixedDelay(this::check, 0, 60, TimeUnit.SECONDS);
  }

  void check() {
    try {
      checkClock();
      pruneEvidence();
      guardFreeSpace();
      s.health.checkIn(name());
    } catch (RuntimeException | IOException e) {
      LOG.warn("Storage check failed: {}", e.toString());
    }
  }

  private long lastWallMillis = -1;
  private long lastMonoNanos;

  /** A wall-clock jump against the monotonic clock (NTP step, RTC reset) is worth a warning. */
  private void checkClock() {
    long wall = s.clock.millis();
    long mono = System.nanoTime();
    if (lastWallMillis >= 0) {
      long drift = (wall - lastWallMillis) - (mono - lastMonoNanos) / 1_000_000;
      if (Math.abs(drift) > 5000) {
        s.recorder.record(
            s.events
                .of(EventType.CLOCK_JUMPED, Source.device(s.events.deviceId()))
                .details(Map.of("jumpSeconds", drift / 1000.0))
                .build());
      }
    }
    lastWallMillis = wall;
    lastMonoNanos = mono;
  }

  private void pruneEvidence() throws IOException {
    Path dir = s.evidenceDir;
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<File> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.map(Path::toFile)
              .filter(File::isFile)
              .sorted(Comparator.comparingLong(File::lastModified))
              .toList();
    }
    long total = files.stream().mapToLong(File::length).sum();
    long share = dir.toFile().getTotalSpace() / 100 * s.config.retention().evidenceMaxDiskPercent();
    long oldest =
        s.clock.millis() - Duration.ofDays(s.config.retention().evidenceDays()).toMillis();
    for (File f : files) {
      boolean tooOld = f.lastModified() < oldest;
      boolean tooMuch = total > share || lowSpace();
      if ((tooOld || tooMuch) && !held(f) && f.delete()) {
        total -= f.length();
      }
    }
  }

  private boolean held(File f) {
    String name = f.getName();
    int dot = name.indexOf('.');
    return s.store.holds(dot < 0 ? name : name.substring(0, dot));
  }

  private boolean lowSpace() {
    return s.config.device().dataDir().toFile().getUsableSpace()
        < s.config.retention().minFreeDiskMb() * 1024L * 1024;
  }

  private void guardFreeSpace() {
    if (!lowSpace()) {
      if (low) {
        low = false;
        s.health.report(name(), Status.UP, "disk space back");
      }
      return;
    }
    int evicted = s.store.evictOldest(EventClass.TELEMETRY, 1000);
    long freeBytes = s.config.device().dataDir().toFile().getUsableSpace();
    if (evicted == 0 && freeBytes < s.config.retention().minFreeDiskMb() * 1024L * 1024 / 2) {
      evicted = s.store.evictOldest(EventClass.STATE, 1000); // critically low: state rows go too
    }
    if (!low) {
      low = true;
      long freeMb = s.config.device().dataDir().toFile().getUsableSpace() / (1024 * 1024);
      s.health.report(name(), Status.DEGRADED, "disk low: " + freeMb + " MB free");
      s.recorder.record(
          s.events
              .of(EventType.STORAGE_LOW, Source.device(s.events.deviceId()))
              .details(Map.of("freeMb", freeMb, "evictedRows", evicted))
              .build());
    }
  }

  @Override
  public void stop() {
    scheduler.shutdownNow();
  }
}

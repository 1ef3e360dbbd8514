package io.mineseal.edge.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.lifecycle.NamedThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence retention and the low-disk rule, on real files and a real SQLite store. */
class StorageGuardTest {
  @TempDir Path dir;

  private Shared shared(int minFreeMb) throws Exception {
    Path config = dir.resolve("g.yaml");
    Files.writeString(
        config,
        """
        device: {siteId: s, deviceId: d, dataDir: data, inputProvider: none}
        uplink: {enabled: false}
        retention: {evidenceDays: 7, minFreeDiskMb: %d}
        """
            .formatted(minFreeMb));
    return new Shared(
        ConfigLoader.load(config), new HealthRegistry(Clock.systemUTC()), Clock.systemUTC());
  }

  private static Path evidence(Shared s, String id, Duration age) throws Exception {
    Files.createDirectories(s.evidenceDir);
    Path f = s.evidenceDir.resolve(id + ".jpg");
    Files.write(f, new byte[1024]);
    Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(age)));
    return f;
  }

  @Test
  void old_evidence_goes_but_that_of_an_unacknowledged_alarm_stays() throws Exception {
    Shared s = shared(1);
    Event held = s.store.append(s.events.of(EventType.PERSON_ENTERED, Source.camera("c")).build());
    Path heldOld = evidence(s, held.eventId(), Duration.ofDays(30));
    Path old = evidence(s, "gone-event", Duration.ofDays(30));
    Path fresh = evidence(s, "fresh-event", Duration.ofDays(1));
    new StorageGuard(s, NamedThreads.scheduler("test-storage")).check();
    assertThat(heldOld).exists();
    assertThat(old).doesNotExist();
    assertThat(fresh).exists();
    s.store.close();
  }

  @Test
  void low_disk_evicts_telemetry_first_raises_storage_low_once_and_keeps_alarms() throws Exception {
    Shared s = shared(1_000_000); // a terabyte free is required: the disk is "low"
    for (int i = 0; i < 20; i++) {
      s.store.append(s.events.of(EventType.MOTION_STARTED, Source.camera("c")).build());
    }
    Event alarm = s.store.append(s.events.of(EventType.DOOR_OPENED, Source.input("door")).build());
    java.util.List<Event> raised = new java.util.concurrent.CopyOnWriteArrayList<>();
    s.recorder.addListener(
        e -> {
          if (e.type() == EventType.STORAGE_LOW) {
            raised.add(e);
          }
        });
    StorageGuard guard = new StorageGuard(s, NamedThreads.scheduler("test-storage"));
    guard.check();
    assertThat(s.store.unsent(EventClass.STATE, 0, Long.MAX_VALUE, 100))
        .filteredOn(e -> e.type() == EventType.STORAGE_LOW)
        .hasSize(1);
    guard.check();
    assertThat(raised).as("raised once per low spell").hasSize(1);
    assertThat(s.store.depth().get(EventClass.TELEMETRY)).isZero();
    assertThat(s.store.holds(alarm.eventId())).as("alarms are never evicted").isTrue();
    s.store.close();
  }
}

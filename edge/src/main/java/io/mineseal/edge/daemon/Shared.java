package io.mineseal.edge.daemon;

import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.policy.FusionWindow;
import io.mineseal.edge.policy.ModeState;
import io.mineseal.edge.policy.Occupancy;
import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.sqlite.SqliteEventStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/** What the daemon's components share: config, clock, store, recorder, mode and counters. */
final class Shared {
  final MineSealConfig config;
  final HealthRegistry health;
  final Clock clock;
  final EventStore store;
  final ModeState mode;
  final Recorder recorder;
  final EventFactory events;
  final Occupancy occupancy;
  final FusionWindow fusion;
  final Path evidenceDir;
  final Hooks hooks = new Hooks();

  /** Why the previous run ended, when it did not stop cleanly; reported in the birth message. */
  volatile java.util.Map<String, Object> lastRestart =
      java.util.Map.of("cause", "clean stop or first start");

  Shared(MineSealConfig config, HealthRegistry health, Clock clock) {
    this.config = config;
    this.health = health;
    this.clock = clock;
    Capacity capacity =
        new Capacity(config.retention().maxUnsentState(), config.retention().maxUnsentTelemetry());
    this.store = SqliteEventStore.open(config.device().dataDir().resolve("events.db"), capacity);
    this.mode = new ModeState(store, config.policy().maintenance());
    this.recorder = new Recorder(store, mode);
    this.events =
        new EventFactory(
            config.device().siteId(),
            config.device().deviceId(),
            UUID.randomUUID().toString(),
            clock);
    this.occupancy = new Occupancy(store);
    this.fusion = new FusionWindow(config.policy().fusionWindowSeconds() * 1000L);
    this.evidenceDir = config.device().dataDir().resolve("evidence");
    recorder.addListener(fusion::observe);
  }
}

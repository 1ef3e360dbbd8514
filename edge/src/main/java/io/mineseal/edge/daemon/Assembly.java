package io.mineseal.edge.daemon;

import io.mineseal.edge.command.Commands;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.config.UplinkConfig;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.lifecycle.Component;
import io.mineseal.edge.policy.ModeState;
import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.sqlite.SqliteEventStore;
import io.mineseal.edge.uplink.LinkState;
import io.mineseal.edge.uplink.Topics;
import io.mineseal.edge.uplink.Transport;
import io.mineseal.edge.uplink.Uplink;
import io.mineseal.edge.uplink.paho.PahoTransport;
import io.mineseal.edge.uplink.paho.TlsSockets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLSocketFactory;

/** Builds the daemon's components from the config, in start order. */
final class Assembly {
  private Assembly() {}

  static List<Component> components(MineSealConfig config, HealthRegistry health, Clock clock) {
    Parts p = Parts.create(config, health, clock);
    List<Component> out = new ArrayList<>();
    out.add(
        Components.of("store", () -> health.report("store", Status.UP, "open"), p.store()::close));
    if (config.uplink().enabled()) {
      out.add(uplink(config, p));
    }
    out.add(deviceEvents(p));
    return out;
  }

  private static Component deviceEvents(Parts p) {
    Source self = Source.device(p.events().deviceId());
    return Components.of(
        "device-events",
        () -> {
          if (p.store().recovered()) {
            p.recorder()
                .record(
                    p.events()
                        .of(EventType.STORE_RECOVERED, self)
                        .details(Map.of("reason", "damaged database moved aside at start-up"))
                        .build());
          }
          p.recorder()
              .record(
                  p.events()
                      .of(EventType.DEVICE_STARTED, self)
                      .details(Map.of("configHash", p.config().hash()))
                      .build());
        },
        () -> p.recorder().record(p.events().of(EventType.DEVICE_STOPPING, self).build()));
  }

  private static Component uplink(MineSealConfig config, Parts p) {
    UplinkConfig u = config.uplink();
    Transport transport =
        new PahoTransport(u, config.device().deviceId(), secret(u.passwordFile()), tls(config));
    LinkState link = new LinkState(p.store(), p.recorder(), p.events());
    Commands commands = CommandSet.create(p, secretBytes(u.commandKeyFile()));
    Uplink uplink =
        new Uplink(
            u,
            transport,
            p.store(),
            new Uplink.Parts(
                Topics.of(config.device().siteId(), config.device().deviceId()),
                p.events().bootId(),
                new DeviceContent(p),
                commands,
                link,
                p.health(),
                p.clock(),
                Duration.ofSeconds(config.health().publishIntervalSeconds()),
                u.sendEvidence()));
    p.recorder().addListener(e -> uplink.wakeUp());
    p.setUplink(uplink);
    return uplink;
  }

  private static SSLSocketFactory tls(MineSealConfig config) {
    if (config.uplink().tls() == null) {
      return null;
    }
    try {
      return TlsSockets.create(config.uplink().tls());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot load TLS files: " + e.getMessage(), e);
    }
  }

  private static String secret(Path file) {
    byte[] bytes = secretBytes(file);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] secretBytes(Path file) {
    if (file == null) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8)
          .strip()
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read secret file " + file + ": " + e.getMessage(), e);
    }
  }

  /** What the components share. */
  static final class Parts {
    private final MineSealConfig config;
    private final HealthRegistry health;
    private final Clock clock;
    private final EventStore store;
    private final ModeState mode;
    private final Recorder recorder;
    private final EventFactory events;
    private Uplink uplink;

    private Parts(MineSealConfig config, HealthRegistry health, Clock clock) {
      this.config = config;
      this.health = health;
      this.clock = clock;
      Capacity capacity =
          new Capacity(
              config.retention().maxUnsentState(), config.retention().maxUnsentTelemetry());
      this.store = SqliteEventStore.open(config.device().dataDir().resolve("events.db"), capacity);
      this.mode = new ModeState(store, config.policy().maintenance());
      this.recorder = new Recorder(store, mode);
      this.events =
          new EventFactory(
              config.device().siteId(),
              config.device().deviceId(),
              UUID.randomUUID().toString(),
              clock);
    }

    static Parts create(MineSealConfig config, HealthRegistry health, Clock clock) {
      return new Parts(config, health, clock);
    }

    MineSealConfig config() {
      return config;
    }

    HealthRegistry health() {
      return health;
    }

    Clock clock() {
      return clock;
    }

    EventStore store() {
      return store;
    }

    ModeState mode() {
      return mode;
    }

    Recorder recorder() {
      return recorder;
    }

    EventFactory events() {
      return events;
    }

    Uplink uplink() {
      return uplink;
    }

    void setUplink(Uplink value) {
      uplink = value;
    }
  }
}

package io.mineseal.edge.support;

import io.mineseal.edge.command.CommandAuthenticator;
import io.mineseal.edge.command.Commands;
import io.mineseal.edge.config.TlsConfig;
import io.mineseal.edge.config.UplinkConfig;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.policy.ModeState;
import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.sqlite.SqliteEventStore;
import io.mineseal.edge.uplink.LinkState;
import io.mineseal.edge.uplink.Topics;
import io.mineseal.edge.uplink.Uplink;
import io.mineseal.edge.uplink.UplinkContent;
import io.mineseal.edge.uplink.paho.PahoTransport;
import io.mineseal.edge.uplink.paho.TlsSockets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A store and an uplink wired as the daemon wires them, against a real broker. */
public final class UplinkRig implements AutoCloseable {
  public static final byte[] KEY = "test-command-key-0123456789".getBytes(StandardCharsets.UTF_8);

  public final EventStore store;
  public final Uplink uplink;
  public final EventSink sink;
  public final EventFactory events;
  public final HealthRegistry health = new HealthRegistry(Clock.systemUTC());
  public final Topics topics = Topics.of("site-t", "dev-t");
  public final ModeState mode;
  private Uplink self;

  public UplinkRig(Path dbFile, List<String> serverUris, Options options) throws Exception {
    this.store = SqliteEventStore.open(dbFile, Capacity.UNLIMITED);
    this.events =
        new EventFactory("site-t", "dev-t", UUID.randomUUID().toString(), Clock.systemUTC());
    this.sink =
        draft -> {
          Event e = store.append(draft);
          if (self != null) {
            self.wakeUp();
          }
          return e;
        };
    this.mode = new ModeState(store, List.of());
    UplinkConfig config = config(serverUris, options);
    LinkState link = new LinkState(store, sink, events);
    Commands commands =
        new Commands(new CommandAuthenticator(KEY, Clock.systemUTC()), sink, events)
            .on("ping", args -> Map.of("pong", true))
            .on(
                "disarm",
                args -> {
                  mode.disarm(null);
                  return Map.of("armed", false);
                });
    PahoTransport transport =
        new PahoTransport(
            config, "dev-t", null, options.tls == null ? null : TlsSockets.create(options.tls));
    this.uplink =
        new Uplink(
            config,
            transport,
            store,
            new Uplink.Parts(
                topics,
                events.bootId(),
                content(),
                commands,
                link,
                health,
                Clock.systemUTC(),
                Duration.ofSeconds(5),
                false));
    this.self = uplink;
  }

  /** Settings a test may change. */
  public static final class Options {
    public int backlogRatePerSecond = 100_000;
    public boolean requirePlatformAck;
    public TlsConfig tls;
  }

  /** The uplink settings the rig uses, for tests that wire an uplink of their own. */
  public static UplinkConfig config(List<String> uris, Options o) {
    return new UplinkConfig(
        true,
        uris,
        null,
        null,
        null,
        o.tls,
        new UplinkConfig.Timing(30, 3, 0.1, 0.5),
        o.backlogRatePerSecond,
        o.requirePlatformAck,
        false);
  }

  /** Birth, health and snapshot content with nothing from cameras or inputs. */
  public static UplinkContent content() {
    return new UplinkContent() {
      @Override
      public Map<String, Object> birth() {
        return Map.of("software", "mineseal-edge-test");
      }

      @Override
      public Map<String, Object> health() {
        return Map.of();
      }

      @Override
      public Optional<byte[]> snapshot(String eventId) {
        return Optional.empty();
      }
    };
  }

  @Override
  public void close() {
    uplink.stop();
    store.close();
  }
}

package io.mineseal.edge.input;

import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Severity;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.lifecycle.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches every wired contact and sensor: our own debounce on each edge, a read-back of every level
 * each second (a change without an edge still counts), and a chatter guard that turns a flapping
 * input into one {@code input.fault}. All work runs on one named scheduler thread.
 */
public final class InputMonitor implements Component {
  static final long READBACK_MILLIS = 1000;
  private static final String NAME = "inputs";

  private final List<Channel> channels = new ArrayList<>();
  private final DigitalPins pins;
  private final EventSink sink;
  private final EventFactory events;
  private final HealthRegistry health;
  private final ScheduledExecutorService scheduler;
  private ScheduledFuture<?> readback;

  /** One pin: a main input, or a lock's fault line. */
  private static final class Channel {
    final InputConfig config;
    final int pin;
    final boolean faultLine;
    Debouncer debouncer;
    ChatterGuard chatter;

    Channel(InputConfig config, int pin, boolean faultLine) {
      this.config = config;
      this.pin = pin;
      this.faultLine = faultLine;
    }
  }

  public InputMonitor(
      List<InputConfig> inputs,
      DigitalPins pins,
      EventSink sink,
      EventFactory events,
      HealthRegistry health,
      ScheduledExecutorService scheduler) {
    this.pins = pins;
    this.sink = sink;
    this.events = events;
    this.health = health;
    this.scheduler = scheduler;
    for (InputConfig in : inputs) {
      channels.add(new Channel(in, in.pin(), false));
      if (in.faultPin() != null) {
        channels.add(new Channel(in, in.faultPin(), true));
      }
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start() throws Exception {
    scheduler.submit(this::provision).get(10, TimeUnit.SECONDS);
    readback =
        scheduler.scheduleWithFixedDelay(
            this::readBack, READBACK_MILLIS, READBACK_MILLIS, TimeUnit.MILLISECONDS);
    health.report(NAME, Status.UP, channels.size() + " pins watched");
  }

  private void provision() {
    long now = now();
    for (Channel c : channels) {
      pins.input(c.pin, c.config.pull(), (pin, high) -> scheduler.execute(() -> edge(c, high)));
      boolean active = Logical.active(c.config, pins.read(c.pin));
      c.debouncer = new Debouncer(c.config.debounceMillis(), active);
      c.chatter = new ChatterGuard(c.config.chatterPerMinute());
      if (active) {
        report(c, true, now);
      }
    }
  }

  private void edge(Channel c, boolean high) {
    level(c, high, now());
  }

  /** A level seen by an edge or a read-back: if it differs, it settles after the debounce. */
  private void level(Channel c, boolean high, long now) {
    if (c.debouncer.raw(Logical.active(c.config, high), now)) {
      if (c.config.debounceMillis() == 0) {
        settle(c); // no debounce: every edge counts, even one queued behind a slow commit
      } else {
        scheduler.schedule(() -> settle(c), c.config.debounceMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  private void settle(Channel c) {
    long now = now();
    Boolean changed = c.debouncer.poll(now);
    if (changed == null) {
      return;
    }
    if (c.chatter.change(now)) {
      Map<String, Object> d = details(c);
      d.put("changesLastMinute", c.chatter.changesLastMinute());
      d.put("limitPerMinute", c.config.chatterPerMinute());
      sink.record(events.of(EventType.INPUT_FAULT, Source.input(c.config.id())).details(d).build());
      health.report(NAME, Status.DEGRADED, c.config.id() + " is chattering");
    }
    if (!c.chatter.faulted()) {
      report(c, changed, c.debouncer.rawSince());
    }
  }

  private void readBack() {
    long now = now();
    for (Channel c : channels) {
      level(c, pins.read(c.pin), now);
      if (c.chatter.recovered(now)) {
        Map<String, Object> d = details(c);
        d.put("state", Logical.state(c.config, c.debouncer.stable()));
        sink.record(
            events.of(EventType.INPUT_RECOVERED, Source.input(c.config.id())).details(d).build());
        health.report(NAME, Status.UP, channels.size() + " pins watched");
        report(c, c.debouncer.stable(), now);
      }
    }
    health.checkIn(NAME);
  }

  private void report(Channel c, boolean active, long edgeMillis) {
    EventType type =
        c.faultLine ? (active ? EventType.LOCK_TAMPERED : null) : Logical.event(c.config, active);
    if (type == null) {
      return;
    }
    Map<String, Object> d = details(c);
    d.put("state", c.faultLine ? (active ? "FAULT" : "OK") : Logical.state(c.config, active));
    d.put("edgeTime", Instant.ofEpochMilli(edgeMillis).toString());
    Severity severity =
        type.defaultSeverity() == Severity.INFO || !active
            ? type.defaultSeverity()
            : toSeverity(c.config.severity());
    sink.record(events.of(type, Source.input(c.config.id())).severity(severity).details(d).build());
  }

  private static Severity toSeverity(InputConfig.Severity s) {
    return Severity.valueOf(s.name());
  }

  private static Map<String, Object> details(Channel c) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("input", c.config.id());
    d.put("kind", c.config.kind().name().toLowerCase());
    d.put("pin", c.pin);
    if (c.config.zone() != null) {
      d.put("zone", c.config.zone());
    }
    return d;
  }

  /** Logical states by input id, for status and health. */
  public Map<String, String> states() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Channel c : channels) {
      if (!c.faultLine && c.debouncer != null) {
        out.put(
            c.config.id(),
            c.chatter.faulted() ? "FAULT" : Logical.state(c.config, c.debouncer.stable()));
      }
    }
    return out;
  }

  private long now() {
    return events.clock().millis();
  }

  @Override
  public void stop() {
    if (readback != null) {
      readback.cancel(false);
    }
  }
}

package io.mineseal.edge.output;

import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.config.OutputConfig;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.Severity;
import io.mineseal.edge.health.ComponentHealth;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.input.DigitalPins;
import io.mineseal.edge.lifecycle.Component;
import io.mineseal.edge.policy.ModeState;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The box's voice: siren and strobe relays on unplanned alarms of their trigger types (quiet in
 * maintenance and when disarmed), the status LED, and the hoist interlock that only an
 * authenticated maintenance window releases.
 */
public final class Outputs implements Component {
  private static final long TICK_MILLIS = 125;

  private final List<OutputConfig> outputs;
  private final DigitalPins pins;
  private final ModeState mode;
  private final HealthRegistry health;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final Map<String, Long> soundingUntil = new ConcurrentHashMap<>();
  private ScheduledFuture<?> ticker;
  private int step;

  public Outputs(
      List<OutputConfig> outputs,
      DigitalPins pins,
      ModeState mode,
      HealthRegistry health,
      Clock clock,
      ScheduledExecutorService scheduler) {
    this.outputs = outputs;
    this.pins = pins;
    this.mode = mode;
    this.health = health;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  @Override
  public String name() {
    return "outputs";
  }

  @Override
  public void start() {
    for (OutputConfig o : outputs) {
      pins.output(
          o.pin(), level(o, o.kind() == OutputConfig.Kind.LOCK ? lockEnergised(o, true) : false));
    }
    ticker = scheduler.scheduleAtFixedRate(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Every recorded event passes here; unplanned alarms of a trigger type sound the relays. */
  public void onEvent(Event e) {
    if (e.planned() || e.historical() || e.severity() != Severity.ALARM) {
      return;
    }
    Object zone = e.details().get("zone");
    if (!mode.armed(zone == null ? null : zone.toString())) {
      return;
    }
    long now = clock.millis();
    for (OutputConfig o : outputs) {
      boolean sounder = o.kind() == OutputConfig.Kind.SIREN || o.kind() == OutputConfig.Kind.STROBE;
      if (sounder && o.triggers().contains(e.type().wire())) {
        soundingUntil.merge(o.id(), now + o.onSeconds() * 1000L, Math::max);
      }
    }
  }

  /** Silences sirens and strobes until the next alarm (the platform's or a technician's call). */
  public void silence() {
    soundingUntil.clear();
  }

  public boolean sounding(String outputId) {
    return soundingUntil.getOrDefault(outputId, 0L) > clock.millis();
  }

  /** What the status LED shows now. */
  public LedPattern pattern() {
    boolean fault = false;
    boolean uplinkDown = false;
    for (ComponentHealth h : health.snapshot()) {
      if (h.status() != Status.UP && h.component().equals("uplink")) {
        uplinkDown = true;
      } else if (h.status() != Status.UP) {
        fault = true;
      }
    }
    return fault ? LedPattern.FAULT : uplinkDown ? LedPattern.UPLINK_DOWN : LedPattern.ALL_WELL;
  }

  private void tick() {
    long now = clock.millis();
    LedPattern led = pattern();
    for (OutputConfig o : outputs) {
      boolean on =
          switch (o.kind()) {
            case SIREN, STROBE -> soundingUntil.getOrDefault(o.id(), 0L) > now;
            case STATUS_LED -> led.lit(step);
            case LOCK -> lockEnergised(o, !mode.maintenanceOpen(clock.instant()));
          };
      pins.write(o.pin(), level(o, on));
    }
    step = (step + 1) & 7;
  }

  /** Energising the relay releases a fail-secure lock and engages a fail-safe one. */
  static boolean lockEnergised(OutputConfig o, boolean engaged) {
    return o.failSafe() == OutputConfig.LockState.ENGAGED ? !engaged : engaged;
  }

  private static boolean level(OutputConfig o, boolean on) {
    return on == (o.activeLevel() == InputConfig.Level.HIGH);
  }

  @Override
  public void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
    for (OutputConfig o : outputs) {
      boolean on = o.kind() == OutputConfig.Kind.LOCK && lockEnergised(o, true);
      pins.write(o.pin(), level(o, on));
    }
  }
}

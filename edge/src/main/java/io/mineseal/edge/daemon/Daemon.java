package io.mineseal.edge.daemon;

import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.input.DigitalPins;
import io.mineseal.edge.lifecycle.Lifecycle;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** The assembled daemon: its components in start order, and one health registry. */
public final class Daemon {
  private final Lifecycle lifecycle;
  private final HealthRegistry health;

  private Daemon(Lifecycle lifecycle, HealthRegistry health) {
    this.lifecycle = lifecycle;
    this.health = health;
  }

  public static Daemon create(MineSealConfig config) {
    return create(config, null);
  }

  /** With given GPIO (tests drive Pi4J's mock provider through it); null: from the config. */
  public static Daemon create(MineSealConfig config, DigitalPins pins) {
    Clock clock = Clock.systemUTC();
    HealthRegistry health = new HealthRegistry(clock);
    return new Daemon(new Lifecycle(Assembly.components(config, health, clock, pins)), health);
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public HealthRegistry health() {
    return health;
  }

  /** Blocks until the lifecycle has been stopped (by the shutdown hook or a caller). */
  public void awaitStop() throws InterruptedException {
    while (!lifecycle.awaitStopped(1, TimeUnit.HOURS)) {
      // keep waiting: the daemon runs until it is told to stop
    }
  }
}

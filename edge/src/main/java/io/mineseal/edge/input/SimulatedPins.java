package io.mineseal.edge.input;

import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.config.SimulationConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Inputs that play a scripted timeline (demo, commissioning without wiring): at each step an input
 * becomes active or inactive, as if the contact had moved. Not Pi4J's mock plugin, which stays out
 * of the product.
 */
public final class SimulatedPins implements DigitalPins {
  private final Map<Integer, Boolean> levels = new ConcurrentHashMap<>();
  private final Map<Integer, EdgeListener> listeners = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler;

  public SimulatedPins(
      List<InputConfig> inputs, SimulationConfig simulation, ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
    for (InputConfig in : inputs) {
      levels.put(in.pin(), in.activeLevel() == InputConfig.Level.LOW);
      if (in.faultPin() != null) {
        levels.put(in.faultPin(), in.activeLevel() == InputConfig.Level.LOW);
      }
    }
    long period = Math.round(simulation.repeatSeconds() * 1000);
    for (SimulationConfig.Step step : simulation.timeline()) {
      InputConfig in =
          inputs.stream().filter(i -> i.id().equals(step.input())).findFirst().orElseThrow();
      boolean high = step.active() == (in.activeLevel() == InputConfig.Level.HIGH);
      long at = Math.round(step.atSeconds() * 1000);
      Runnable move = () -> set(in.pin(), high);
      if (period > 0) {
        scheduler.scheduleAtFixedRate(move, at, period, TimeUnit.MILLISECONDS);
      } else {
        scheduler.schedule(move, at, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Moves a simulated contact: the level changes and an edge is reported. */
  public void set(int pin, boolean high) {
    Boolean before = levels.put(pin, high);
    EdgeListener l = listeners.get(pin);
    if (l != null && (before == null || before != high)) {
      l.edge(pin, high);
    }
  }

  @Override
  public void input(int pin, InputConfig.Pull pull, EdgeListener listener) {
    listeners.put(pin, listener);
  }

  @Override
  public boolean read(int pin) {
    return levels.getOrDefault(pin, false);
  }

  @Override
  public void output(int pin, boolean high) {
    levels.put(pin, high);
  }

  @Override
  public void write(int pin, boolean high) {
    levels.put(pin, high);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}

package io.mineseal.edge.health;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One place where every component reports UP / DEGRADED / DOWN with a reason. */
public final class HealthRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(HealthRegistry.class);

  private final Clock clock;
  private final Map<String, ComponentHealth> states = new ConcurrentHashMap<>();
  private final Map<String, Long> checkIns = new ConcurrentHashMap<>();

  public HealthRegistry(Clock clock) {
    this.clock = clock;
  }

  /** Records a state; logs only changes (WARN when leaving UP, INFO when back). */
  public void report(String component, Status status, String reason) {
    ComponentHealth previous = states.get(component);
    if (previous != null && previous.status() == status && previous.reason().equals(reason)) {
      return;
    }
    states.put(component, new ComponentHealth(component, status, reason, clock.instant()));
    if (status == Status.UP) {
      LOG.info("{} is UP: {}", component, reason);
    } else {
      LOG.warn("{} is {}: {}", component, status, reason);
    }
  }

  /** A liveness mark from a component's own loop; the watchdog reads these. */
  public void checkIn(String component) {
    checkIns.put(component, System.nanoTime());
  }

  /** Seconds since the component last checked in, or infinity if it never did. */
  public double secondsSinceCheckIn(String component) {
    Long last = checkIns.get(component);
    return last == null ? Double.POSITIVE_INFINITY : (System.nanoTime() - last) / 1e9;
  }

  public List<ComponentHealth> snapshot() {
    List<ComponentHealth> out = new ArrayList<>(states.values());
    out.sort(Comparator.comparing(ComponentHealth::component));
    return out;
  }

  public Status overall() {
    return states.values().stream()
        .map(ComponentHealth::status)
        .max(Comparator.naturalOrder())
        .orElse(Status.UP);
  }
}

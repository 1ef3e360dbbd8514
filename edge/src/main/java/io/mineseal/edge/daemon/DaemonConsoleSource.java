package io.mineseal.edge.daemon;

import io.mineseal.edge.camera.CameraWorker;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.config.PolicyConfig.MaintenanceWindow;
import io.mineseal.edge.console.ConsoleSource;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.health.ComponentHealth;
import io.mineseal.edge.health.Metrics;
import io.mineseal.edge.health.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The console's view of the running daemon. */
final class DaemonConsoleSource implements ConsoleSource {
  private final Shared s;
  private final Metrics metrics;
  private final DeviceContent content;

  DaemonConsoleSource(Shared s, Metrics metrics) {
    this.s = s;
    this.metrics = metrics;
    this.content = new DeviceContent(s);
  }

  @Override
  public MineSealConfig config() {
    return s.config;
  }

  @Override
  public Clock clock() {
    return s.clock;
  }

  @Override
  public Map<String, Object> healthz() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", s.health.overall().name());
    body.put("deviceId", s.config.device().deviceId());
    body.put("bootId", s.events.bootId());
    Map<String, Object> components = new LinkedHashMap<>();
    for (ComponentHealth c : s.health.snapshot()) {
      components.put(
          c.component(),
          Map.of("status", c.status().name(), "reason", c.reason(), "since", c.since().toString()));
    }
    body.put("components", components);
    body.put("queueDepth", s.store.depth());
    if (s.hooks.inputs != null) {
      body.put("inputs", s.hooks.inputs.states());
    }
    return body;
  }

  @Override
  public boolean down() {
    return s.health.overall() == Status.DOWN;
  }

  @Override
  public Metrics metrics() {
    return metrics;
  }

  @Override
  public Map<String, Object> birth() {
    return content.birth();
  }

  @Override
  public List<ComponentHealth> components() {
    return s.health.snapshot();
  }

  @Override
  public CameraState camera(String id) {
    CameraWorker w = s.hooks.cameras.get(id);
    ComponentHealth h =
        s.health.snapshot().stream()
            .filter(c -> c.component().equals("camera." + id))
            .findFirst()
            .orElse(null);
    return new CameraState(
        w == null ? 0 : w.fps(),
        h == null ? "UNKNOWN" : h.status().name(),
        h == null ? "" : h.reason(),
        w == null ? 0 : w.framesRead());
  }

  @Override
  public int occupancy(String zone) {
    return s.occupancy.get(zone);
  }

  @Override
  public List<MaintenanceWindow> maintenance() {
    return s.mode.windows();
  }

  @Override
  public Map<String, Integer> queueDepth() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<EventClass, Integer> e : s.store.depth().entrySet()) {
      out.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
    }
    return out;
  }

  @Override
  public Optional<Instant> oldestUnsent() {
    return s.store.oldestUnsent();
  }

  @Override
  public Path evidenceDir() {
    return s.evidenceDir;
  }
}

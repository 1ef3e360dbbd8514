package io.mineseal.edge.daemon;

import io.mineseal.edge.camera.CameraWorker;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.health.ComponentHealth;
import io.mineseal.edge.uplink.UplinkContent;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Birth and health messages from the daemon's config, components and device figures. */
final class DeviceContent implements UplinkContent {
  private final Shared s;

  DeviceContent(Shared s) {
    this.s = s;
  }

  @Override
  public Map<String, Object> birth() {
    MineSealConfig c = s.config;
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("software", "mineseal-edge");
    b.put("version", version());
    b.put("configHash", c.hash());
    b.put("bootId", s.events.bootId());
    b.put("ts", s.clock.instant().toString());
    b.put(
        "cameras",
        c.cameras().stream().map(cam -> Map.of("id", cam.id(), "name", cam.name())).toList());
    b.put(
        "inputs",
        c.inputs().stream()
            .map(i -> Map.of("id", i.id(), "kind", i.kind().name().toLowerCase()))
            .toList());
    b.put(
        "outputs",
        c.outputs().stream()
            .map(o -> Map.of("id", o.id(), "kind", o.kind().name().toLowerCase()))
            .toList());
    b.put("clockSync", ClockSync.state());
    b.put("lastRestart", s.lastRestart);
    return b;
  }

  @Override
  public Map<String, Object> health() {
    Map<String, Object> h = new LinkedHashMap<>();
    Path data = s.config.device().dataDir();
    h.put("diskFreeMb", data.toFile().getUsableSpace() / (1024 * 1024));
    h.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    h.put("cpuTemperatureC", DeviceFigures.cpuTemperature());
    Integer throttled = DeviceFigures.throttled();
    if (throttled != null) {
      h.put("underVoltageNow", (throttled & 0x1) != 0);
      h.put("throttledNow", (throttled & 0x4) != 0);
      h.put("underVoltageSinceBoot", (throttled & 0x10000) != 0);
      h.put("throttledSinceBoot", (throttled & 0x40000) != 0);
    }
    h.put("memoryAvailableMb", DeviceFigures.memoryAvailableMb());
    Runtime rt = Runtime.getRuntime();
    h.put("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    h.put("overall", s.health.overall().name());
    Map<String, Object> cameras = new LinkedHashMap<>();
    for (CameraWorker w : s.hooks.cameras.values()) {
      cameras.put(w.camera().id(), Map.of("fps", Math.round(w.fps() * 10) / 10.0));
    }
    h.put("cameras", cameras);
    if (s.hooks.inputs != null) {
      h.put("inputs", s.hooks.inputs.states());
    }
    List<ComponentHealth> states = s.health.snapshot();
    Map<String, Object> components = new LinkedHashMap<>();
    for (ComponentHealth st : states) {
      components.put(st.component(), Map.of("status", st.status().name(), "reason", st.reason()));
    }
    h.put("components", components);
    return h;
  }

  @Override
  public Optional<byte[]> snapshot(String eventId) {
    Path file = s.evidenceDir.resolve(eventId + ".jpg");
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static String version() {
    String v = DeviceContent.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}

package io.mineseal.edge.daemon;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.config.OutputConfig;
import io.mineseal.edge.health.ComponentHealth;
import io.mineseal.edge.uplink.UplinkContent;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Birth and health messages from the daemon's config, components and device figures. */
final class DeviceContent implements UplinkContent {
  private final Assembly.Parts p;

  DeviceContent(Assembly.Parts p) {
    this.p = p;
  }

  @Override
  public Map<String, Object> birth() {
    MineSealConfig c = p.config();
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("software", "mineseal-edge");
    b.put("version", version());
    b.put("configHash", c.hash());
    b.put("bootId", p.events().bootId());
    b.put("ts", p.clock().instant().toString());
    b.put("cameras", c.cameras().stream().map(CameraConfig::id).toList());
    b.put("inputs", c.inputs().stream().map(i -> i.id() + ":" + kind(i)).toList());
    b.put("outputs", c.outputs().stream().map(o -> o.id() + ":" + kind(o)).toList());
    b.put("clockSync", ClockSync.state());
    return b;
  }

  @Override
  public Map<String, Object> health() {
    Map<String, Object> h = new LinkedHashMap<>();
    File data = p.config().device().dataDir().toFile();
    h.put("diskFreeMb", data.getUsableSpace() / (1024 * 1024));
    h.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    Runtime rt = Runtime.getRuntime();
    h.put("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    h.put("overall", p.health().overall().name());
    List<ComponentHealth> states = p.health().snapshot();
    Map<String, Object> components = new LinkedHashMap<>();
    for (ComponentHealth s : states) {
      components.put(s.component(), Map.of("status", s.status().name(), "reason", s.reason()));
    }
    h.put("components", components);
    return h;
  }

  @Override
  public Optional<byte[]> snapshot(String eventId) {
    return Optional.empty();
  }

  private static String kind(InputConfig i) {
    return i.kind().name().toLowerCase();
  }

  private static String kind(OutputConfig o) {
    return o.kind().name().toLowerCase();
  }

  static String version() {
    String v = DeviceContent.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}

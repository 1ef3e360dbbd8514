package io.mineseal.edge.daemon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mineseal.edge.camera.CameraWorker;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventJson;
import io.mineseal.edge.health.ComponentHealth;
import io.mineseal.edge.health.Metrics;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.lifecycle.Component;
import io.mineseal.edge.lifecycle.NamedThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local health endpoint (loopback by default): {@code /healthz} answers 200 or 503 with each
 * component's state and reason; {@code /metrics} is Prometheus text. A busy port is reported, not
 * fatal: the seal keeps working without it.
 */
final class HealthHttp implements Component {
  private static final Logger LOG = LoggerFactory.getLogger(HealthHttp.class);
  private final Shared s;
  private HttpServer server;
  private ExecutorService threads;

  HealthHttp(Shared s) {
    this.s = s;
  }

  @Override
  public String name() {
    return "health-http";
  }

  @Override
  public void start() {
    var h = s.config.health();
    try {
      server = HttpServer.create(new InetSocketAddress(h.httpBind(), h.httpPort()), 8);
    } catch (IOException e) {
      LOG.warn(
          "Health endpoint not started on {}:{}: {}", h.httpBind(), h.httpPort(), e.getMessage());
      s.health.report(
          name(), Status.DEGRADED, "port " + h.httpPort() + " unavailable: " + e.getMessage());
      return;
    }
    threads = Executors.newSingleThreadExecutor(NamedThreads.factory("mineseal-http"));
    server.setExecutor(threads);
    server.createContext("/healthz", this::healthz);
    server.createContext("/metrics", this::metrics);
    server.start();
    s.health.report(
        name(), Status.UP, "http://" + h.httpBind() + ":" + server.getAddress().getPort());
  }

  private void healthz(HttpExchange x) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    Status overall = s.health.overall();
    body.put("status", overall.name());
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
    send(x, overall == Status.DOWN ? 503 : 200, "application/json", json(body));
  }

  private void metrics(HttpExchange x) throws IOException {
    Metrics m = new Metrics();
    for (Map.Entry<EventClass, Integer> e : s.store.depth().entrySet()) {
      m.gauge(
          "mineseal_queue_depth",
          "Unsent events per class",
          Map.of("class", e.getKey().name().toLowerCase()),
          e.getValue());
    }
    m.gauge(
        "mineseal_oldest_unsent_seconds",
        "Age of the oldest unsent event",
        s.store
            .oldestUnsent()
            .map(t -> (double) Duration.between(t, s.clock.instant()).toSeconds())
            .orElse(0.0));
    for (CameraWorker w : s.hooks.cameras.values()) {
      Map<String, String> cam = Map.of("camera", w.camera().id());
      m.gauge("mineseal_camera_fps", "Frames per second analysed", cam, w.fps());
      m.gauge("mineseal_camera_frames_total", "Frames read since start", cam, w.framesRead());
      m.gauge(
          "mineseal_detector_millis",
          "Mean detector time per run",
          cam,
          w.pipeline().detectorMillis());
      m.gauge(
          "mineseal_detector_share",
          "Share of frames the detector ran on",
          cam,
          w.pipeline().detectorShare());
    }
    for (ComponentHealth c : s.health.snapshot()) {
      m.gauge(
          "mineseal_component_up",
          "1 UP, 0.5 DEGRADED, 0 DOWN",
          Map.of("component", c.component()),
          c.status() == Status.UP ? 1 : c.status() == Status.DEGRADED ? 0.5 : 0);
    }
    if (s.hooks.uplink != null) {
      m.gauge(
          "mineseal_uplink_reconnects_last_hour",
          "Reconnects in the last hour",
          s.hooks.uplinkLink.reconnectsLastHour());
    }
    m.gauge(
        "mineseal_disk_free_bytes",
        "Free space on the data directory",
        s.config.device().dataDir().toFile().getUsableSpace());
    Double temp = DeviceFigures.cpuTemperature();
    m.gauge(
        "mineseal_cpu_temperature_celsius", "CPU temperature", temp == null ? Double.NaN : temp);
    device(m);
    send(x, 200, "text/plain; version=0.0.4", m.toString());
  }

  /** Figures of the box itself: firmware flags, memory, uptime. */
  private static void device(Metrics m) {
    Integer throttled = DeviceFigures.throttled();
    if (throttled != null) {
      m.gauge(
          "mineseal_under_voltage",
          "Pi firmware: under-voltage now (1) or not",
          (throttled & 0x1) != 0 ? 1 : 0);
      m.gauge(
          "mineseal_throttled",
          "Pi firmware: CPU throttled now (1) or not",
          (throttled & 0x4) != 0 ? 1 : 0);
    }
    Long memory = DeviceFigures.memoryAvailableMb();
    m.gauge(
        "mineseal_memory_available_bytes",
        "Memory available to new work",
        memory == null ? Double.NaN : memory * 1024.0 * 1024);
    m.gauge(
        "mineseal_uptime_seconds",
        "Daemon uptime",
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
  }

  private static String json(Object body) {
    try {
      return EventJson.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
      threads.shutdownNow();
    }
  }
}

package io.mineseal.edge.console;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.LineConfig;
import io.mineseal.edge.config.PolicyConfig.MaintenanceWindow;
import io.mineseal.edge.config.ZoneConfig;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.health.ComponentHealth;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The console's HTML pages; each is a list of sections, or a template of its own. */
final class ConsolePages {
  private static final int TIMELINE_ROWS = 200;

  private final ConsoleSource source;
  private final EventHistory history;
  private final LatestFrames frames;
  private final Pages pages;
  private final List<Section> overview = new CopyOnWriteArrayList<>();
  private final List<Section> health = new CopyOnWriteArrayList<>();

  ConsolePages(ConsoleSource source, EventHistory history, LatestFrames frames, Pages pages) {
    this.source = source;
    this.history = history;
    this.frames = frames;
    this.pages = pages;
    overview.add(new Section("cameras", "Cameras", "cameras", this::cameras));
    overview.add(new Section("occupancy", "Occupancy", "occupancy", this::occupancy));
    overview.add(new Section("maintenance", "Maintenance", "maintenance", this::maintenance));
    overview.add(new Section("queue", "Unsent events", "queue", this::queue));
    health.add(new Section("components", "Components", "components", this::components));
    health.add(new Section("birth", "Software and clock", "birth", source::birth));
  }

  List<Section> overview() {
    return overview;
  }

  List<Section> health() {
    return health;
  }

  /** The page for {@code r}, or null when it is not a page. */
  HttpResponse route(HttpRequest r) {
    return switch (r.path()) {
      case "/" -> page("Cameras", "/", "sections", Map.of("sections", pages.sections(overview)));
      case "/health" ->
          page("Health", "/health", "sections", Map.of("sections", pages.sections(health)));
      case "/events" -> events(r);
      case "/editor" -> editor(r);
      default -> null;
    };
  }

  HttpResponse login(int status, String next, String message) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("next", next);
    if (message != null) {
      view.put("message", message);
    }
    return HttpResponse.text(status, HttpResponse.HTML, pages.page("Log in", "", "login", view));
  }

  private HttpResponse page(String title, String active, String template, Map<String, Object> v) {
    Map<String, Object> view = new LinkedHashMap<>(v);
    view.put("deviceId", source.config().device().deviceId());
    view.put("siteId", source.config().device().siteId());
    view.put("refreshSeconds", source.config().health().console().refreshSeconds());
    return HttpResponse.text(200, HttpResponse.HTML, pages.page(title, active, template, view));
  }

  private Object cameras() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CameraConfig c : source.config().cameras()) {
      ConsoleSource.CameraState s = source.camera(c.id());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("name", c.name());
      m.put("fps", String.format(java.util.Locale.ROOT, "%.1f", s.fps()));
      m.put("status", s.status());
      m.put("reason", s.reason());
      m.put("conditions", String.join(", ", history.conditions(c.id())));
      m.put(
          "frameAt",
          frames
              .latest(c.id())
              .map(l -> java.time.Instant.ofEpochMilli(l.wallMillis()).toString())
              .orElse("none yet"));
      out.add(m);
    }
    return Map.of(
        "cameras",
        out,
        "none",
        out.isEmpty(),
        "refreshSeconds",
        source.config().health().console().refreshSeconds());
  }

  private Object occupancy() {
    List<Map<String, Object>> zones = new ArrayList<>();
    for (CameraConfig c : source.config().cameras()) {
      for (ZoneConfig z : c.zones()) {
        boolean counted = c.lines().stream().map(LineConfig::zone).anyMatch(z.id()::equals);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", z.id());
        m.put("camera", c.id());
        m.put("kind", z.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("armed", z.armed());
        m.put("people", counted ? Integer.toString(source.occupancy(z.id())) : "not counted");
        zones.add(m);
      }
    }
    return Map.of("zones", zones, "none", zones.isEmpty());
  }

  private Object maintenance() {
    Instant now = source.clock().instant();
    List<Map<String, Object>> windows = new ArrayList<>();
    for (MaintenanceWindow w : source.maintenance()) {
      if (w.to().isBefore(now)) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", w.from().toString());
      m.put("to", w.to().toString());
      m.put("reason", w.reason());
      m.put("zones", w.zones().isEmpty() ? "all" : String.join(", ", w.zones()));
      m.put("open", !now.isBefore(w.from()));
      windows.add(m);
    }
    return Map.of("windows", windows, "none", windows.isEmpty());
  }

  private Object queue() {
    List<Map<String, Object>> classes = new ArrayList<>();
    source.queueDepth().forEach((c, n) -> classes.add(Map.of("class", c, "count", n)));
    long oldest =
        source
            .oldestUnsent()
            .map(t -> Duration.between(t, source.clock().instant()).toSeconds())
            .orElse(0L);
    return Map.of("classes", classes, "oldestSeconds", oldest);
  }

  private Object components() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ComponentHealth c : source.components()) {
      out.add(
          Map.of(
              "component", c.component(),
              "status", c.status().name(),
              "css", c.status().name().toLowerCase(java.util.Locale.ROOT),
              "reason", c.reason(),
              "since", c.since().toString()));
    }
    return Map.of(
        "components", out, "healthz", ConsoleApi.text(source.healthz()), "down", source.down());
  }

  private HttpResponse events(HttpRequest r) {
    String type = r.param("type").orElse(null);
    String camera = r.param("camera").orElse(null);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Event e : history.query(type, camera, TIMELINE_ROWS)) {
      rows.add(row(e));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("none", rows.isEmpty());
    view.put("types", options(new ArrayList<>(history.types()), type));
    view.put(
        "cameras",
        options(source.config().cameras().stream().map(CameraConfig::id).toList(), camera));
    if (r.param("fragment").isPresent()) {
      return HttpResponse.text(200, HttpResponse.HTML, pages.render("event-rows", view));
    }
    return page("Events", "/events", "events", view);
  }

  private Map<String, Object> row(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", e.seq());
    m.put("ts", e.ts().truncatedTo(ChronoUnit.MILLIS).toString().replace('T', ' '));
    m.put("type", e.type().wire());
    m.put("severity", e.severity().wire());
    m.put("source", e.source().kind() + " " + e.source().id());
    m.put("planned", e.planned());
    m.put("occupancy", e.occupancy());
    m.put("details", e.details().isEmpty() ? "" : ConsoleApi.text(e.details()));
    for (String id : e.evidence()) {
      boolean there = Files.isRegularFile(source.evidenceDir().resolve(id));
      m.put(id.endsWith(".jpg") ? "snapshot" : "clip", there ? id : null);
    }
    return m;
  }

  private static List<Map<String, Object>> options(List<String> values, String selected) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String v : values) {
      out.add(Map.of("value", v, "selected", v.equals(selected)));
    }
    return out;
  }

  private HttpResponse editor(HttpRequest r) {
    List<CameraConfig> cameras = source.config().cameras();
    String selected = r.param("camera").orElse(cameras.isEmpty() ? "" : cameras.get(0).id());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("cameras", options(cameras.stream().map(CameraConfig::id).toList(), selected));
    view.put("camera", selected);
    view.put("none", source.config().camera(selected) == null);
    view.put("configFile", source.config().file().toString());
    return page("Zone editor", "/editor", "editor", view);
  }
}

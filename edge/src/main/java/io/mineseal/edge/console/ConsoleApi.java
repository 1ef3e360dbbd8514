package io.mineseal.edge.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mineseal.edge.config.CameraConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console's data routes: JSON, camera frames, evidence files and static files. */
final class ConsoleApi {
  private static final Pattern FRAME = Pattern.compile("/cameras/([^/]+)/frame\\.jpg");
  private static final Pattern SHAPES = Pattern.compile("/api/cameras/([^/]+)/shapes");
  private static final Pattern SNIPPET = Pattern.compile("/api/cameras/([^/]+)/snippet");
  private static final Pattern EVIDENCE = Pattern.compile("/evidence/([A-Za-z0-9_-]+\\.(jpg|mp4))");
  private static final Pattern STATIC = Pattern.compile("[a-z0-9-]+\\.(css|js)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Rendered(LatestFrames.Latest from, byte[] jpeg) {}

  private final ConsoleSource source;
  private final EventHistory history;
  private final LatestFrames frames;
  private final FrameRenderer renderer;
  private final Map<String, Rendered> rendered = new HashMap<>();

  ConsoleApi(
      ConsoleSource source, EventHistory history, LatestFrames frames, FrameRenderer renderer) {
    this.source = source;
    this.history = history;
    this.frames = frames;
    this.renderer = renderer;
  }

  HttpResponse route(HttpRequest r) {
    String path = r.path();
    Matcher m;
    if (path.equals("/api/cameras")) {
      return json(200, cameras());
    } else if ((m = FRAME.matcher(path)).matches()) {
      return frame(m.group(1), !r.param("overlay").orElse("1").equals("0"));
    } else if ((m = SHAPES.matcher(path)).matches() && camera(m.group(1)) != null) {
      return json(200, Snippets.of(camera(m.group(1))));
    } else if ((m = SNIPPET.matcher(path)).matches() && r.method().equals("POST")) {
      return snippet(m.group(1), r.body());
    } else if ((m = EVIDENCE.matcher(path)).matches()) {
      return evidence(m.group(1));
    }
    return Console.notFound();
  }

  String healthz() {
    return text(source.healthz());
  }

  HttpResponse metrics() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      source.metrics().write(out);
    } catch (IOException e) {
      return HttpResponse.text(500, HttpResponse.TEXT, "metrics: " + e.getMessage() + "\n");
    }
    return HttpResponse.of(200, source.metrics().contentType(), out.toByteArray());
  }

  /** Each camera's fps, state and open conditions, for the live page's refresh. */
  List<Map<String, Object>> cameras() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CameraConfig c : source.config().cameras()) {
      ConsoleSource.CameraState state = source.camera(c.id());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("name", c.name());
      m.put("fps", Math.round(state.fps() * 10) / 10.0);
      m.put("status", state.status());
      m.put("reason", state.reason());
      m.put("conditions", history.conditions(c.id()));
      m.put("framesRead", state.framesRead());
      m.put(
          "frameAt",
          frames
              .latest(c.id())
              .map(l -> java.time.Instant.ofEpochMilli(l.wallMillis()).toString())
              .orElse(null));
      out.add(m);
    }
    return out;
  }

  private synchronized HttpResponse frame(String cameraId, boolean overlay) {
    CameraConfig camera = camera(cameraId);
    var latest = camera == null ? null : frames.latest(cameraId).orElse(null);
    if (latest == null) {
      return HttpResponse.text(404, HttpResponse.TEXT, "no frame from " + cameraId + " yet\n");
    }
    String key = cameraId + (overlay ? "+" : "-");
    Rendered r = rendered.get(key);
    if (r == null || r.from() != latest) {
      r = new Rendered(latest, renderer.jpeg(latest.frame(), camera, overlay));
      rendered.put(key, r);
    }
    return HttpResponse.of(200, "image/jpeg", r.jpeg());
  }

  private HttpResponse snippet(String cameraId, String body) {
    if (camera(cameraId) == null) {
      return Console.notFound();
    }
    Snippets.Shapes shapes;
    try {
      shapes = JSON.readValue(body, Snippets.Shapes.class);
    } catch (IOException e) {
      return json(400, Map.of("error", "shapes are not valid JSON: " + e.getMessage()));
    }
    String yaml = Snippets.yaml(shapes);
    List<Snippets.Problem> problems = Snippets.check(source.config().file(), cameraId, yaml);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("camera", cameraId);
    out.put("yaml", yaml);
    out.put("ok", problems.isEmpty());
    out.put("problems", problems);
    return json(200, out);
  }

  private HttpResponse evidence(String name) {
    Path dir = source.evidenceDir().toAbsolutePath().normalize();
    Path file = dir.resolve(name).normalize();
    if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
      return Console.notFound();
    }
    try {
      String type = name.endsWith(".jpg") ? "image/jpeg" : "video/mp4";
      return HttpResponse.of(200, type, Files.readAllBytes(file));
    } catch (IOException e) {
      return HttpResponse.text(500, HttpResponse.TEXT, "cannot read " + name + "\n");
    }
  }

  HttpResponse resource(String name) {
    if (!STATIC.matcher(name).matches()) {
      return Console.notFound();
    }
    try (InputStream in = ConsoleApi.class.getResourceAsStream("/console/static/" + name)) {
      if (in == null) {
        return Console.notFound();
      }
      String type =
          name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
      return HttpResponse.of(200, type, in.readAllBytes());
    } catch (IOException e) {
      return Console.notFound();
    }
  }

  private CameraConfig camera(String id) {
    return source.config().camera(id);
  }

  static HttpResponse json(int status, Object body) {
    return HttpResponse.text(status, HttpResponse.JSON, text(body));
  }

  static String text(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.mineseal.edge.console;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.ConfigError;
import io.mineseal.edge.config.ConfigException;
import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.config.LineConfig;
import io.mineseal.edge.config.Point;
import io.mineseal.edge.config.Polygon;
import io.mineseal.edge.config.ZoneConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The zone editor's YAML: shapes drawn on a frame become the {@code zones}, {@code lines} and
 * {@code masks} of one camera, in fractions of the picture, and are checked in place in the running
 * config file by the same loader as {@code check-config}. The file is never written.
 */
public final class Snippets {
  /** A zone as drawn. */
  public record Zone(String id, String kind, Boolean armed, List<List<Double>> points) {}

  /** A counting line as drawn. */
  public record Line(String id, List<Double> from, List<Double> to, String inSide, String zone) {}

  /** Everything drawn on one camera. */
  public record Shapes(List<Zone> zones, List<Line> lines, List<List<List<Double>>> masks) {
    public Shapes {
      zones = zones == null ? List.of() : zones;
      lines = lines == null ? List.of() : lines;
      masks = masks == null ? List.of() : masks;
    }
  }

  /** One problem, located by key path in the config as it would be with the snippet in place. */
  public record Problem(String path, String value, String rule) {}

  private static final String INDENT = "    "; // a camera's keys in the example configs

  private Snippets() {}

  /** The camera's shapes as configured now: where the editor starts. */
  public static Shapes of(CameraConfig camera) {
    List<Zone> zones = new ArrayList<>();
    for (ZoneConfig z : camera.zones()) {
      zones.add(
          new Zone(z.id(), z.kind().name().toLowerCase(Locale.ROOT), z.armed(), points(z.area())));
    }
    List<Line> lines = new ArrayList<>();
    for (LineConfig l : camera.lines()) {
      lines.add(
          new Line(
              l.id(),
              point(l.from()),
              point(l.to()),
              l.inSide().name().toLowerCase(Locale.ROOT),
              l.zone()));
    }
    return new Shapes(zones, lines, camera.masks().stream().map(Snippets::points).toList());
  }

  /** The YAML to put under the camera in place of its zones, lines and masks. */
  public static String yaml(Shapes s) {
    StringBuilder y = new StringBuilder();
    y.append(INDENT).append("zones:").append(s.zones().isEmpty() ? " []\n" : "\n");
    for (Zone z : s.zones()) {
      y.append(INDENT).append("  - id: ").append(scalar(z.id())).append('\n');
      y.append(INDENT).append("    kind: ").append(scalar(z.kind())).append('\n');
      if (Boolean.FALSE.equals(z.armed())) {
        y.append(INDENT).append("    armed: false\n");
      }
      y.append(INDENT).append("    points: ").append(polygon(z.points())).append('\n');
    }
    y.append(INDENT).append("lines:").append(s.lines().isEmpty() ? " []\n" : "\n");
    for (Line l : s.lines()) {
      y.append(INDENT).append("  - id: ").append(scalar(l.id())).append('\n');
      y.append(INDENT).append("    from: ").append(point(l.from())).append('\n');
      y.append(INDENT).append("    to: ").append(point(l.to())).append('\n');
      y.append(INDENT).append("    inSide: ").append(scalar(l.inSide())).append('\n');
      if (l.zone() != null && !l.zone().isBlank()) {
        y.append(INDENT).append("    zone: ").append(scalar(l.zone())).append('\n');
      }
    }
    y.append(INDENT).append("masks:").append(s.masks().isEmpty() ? " []\n" : "\n");
    for (List<List<Double>> mask : s.masks()) {
      y.append(INDENT).append("  - ").append(polygon(mask)).append('\n');
    }
    return y.toString();
  }

  /**
   * Checks {@code snippet} in place of camera {@code cameraId}'s zones, lines and masks in {@code
   * configFile}: every problem the loader finds, none when it would load.
   */
  public static List<Problem> check(Path configFile, String cameraId, String snippet) {
    String merged;
    try {
      merged = ConfigMerge.withCameraKeys(Files.readString(configFile), cameraId, snippet);
    } catch (IOException e) {
      return List.of(new Problem("", null, "cannot read " + configFile + ": " + e.getMessage()));
    } catch (IllegalArgumentException e) {
      return List.of(new Problem("", null, e.getMessage()));
    }
    try {
      ConfigLoader.loadText(merged, configFile);
      return List.of();
    } catch (ConfigException e) {
      List<Problem> out = new ArrayList<>();
      for (ConfigError err : e.errors()) {
        out.add(new Problem(err.path(), err.value(), err.rule()));
      }
      return out;
    }
  }

  private static List<List<Double>> points(Polygon p) {
    return p.points().stream().map(Snippets::point).toList();
  }

  private static List<Double> point(Point p) {
    return List.of(p.x(), p.y());
  }

  private static String polygon(List<List<Double>> points) {
    List<String> out = new ArrayList<>();
    for (List<Double> p : points == null ? List.<List<Double>>of() : points) {
      out.add(point(p));
    }
    return "[" + String.join(", ", out) + "]";
  }

  private static String point(List<Double> p) {
    if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null) {
      return "[]"; // the checker then says "must be a point [x, y]" at this key
    }
    return "[" + number(p.get(0)) + ", " + number(p.get(1)) + "]";
  }

  /** Three decimals: a thousandth of a 1920-pixel picture is two pixels. */
  private static String number(double v) {
    double r = Math.round(v * 1000) / 1000.0;
    return r == Math.rint(r) ? String.format(Locale.ROOT, "%.1f", r) : Double.toString(r);
  }

  /** Plain when it cannot be mistaken for another type; otherwise a quoted (JSON) string. */
  private static String scalar(String text) {
    String t = text == null ? "" : text;
    boolean plain =
        t.matches("[A-Za-z][A-Za-z0-9_.-]*")
            && !t.matches("(?i)y|n|yes|no|on|off|true|false|null|~");
    if (plain) {
      return t;
    }
    StringBuilder q = new StringBuilder("\"");
    for (char c : t.toCharArray()) {
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c < 0x20) {
        q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        q.append(c);
      }
    }
    return q.append('"').toString();
  }
}

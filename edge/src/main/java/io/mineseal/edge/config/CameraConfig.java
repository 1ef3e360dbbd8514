package io.mineseal.edge.config;

import java.util.List;
import java.util.Set;

/** One camera: where its stream comes from, how it is sampled, and what is drawn on it. */
public record CameraConfig(
    String id,
    String name,
    String url,
    boolean loop,
    Sampling sampling,
    List<String> ffmpegInputArgs,
    MotionConfig motion,
    IntegrityConfig integrity,
    List<Polygon> masks,
    List<ZoneConfig> zones,
    List<LineConfig> lines) {

  public static final Set<String> URL_SCHEMES = Set.of("rtsp", "rtsps", "file", "v4l2");

  /** Decoded frame rate and detection size, and when a silent stream counts as dead. */
  public record Sampling(int fps, int width, int height, int stallSeconds, int restartMaxSeconds) {}

  static CameraConfig read(ConfigNode n, java.nio.file.Path base) {
    n.allow(
        Set.of(
            "id",
            "name",
            "url",
            "loop",
            "fps",
            "width",
            "height",
            "stallSeconds",
            "restartMaxSeconds",
            "ffmpegInputArgs",
            "motion",
            "integrity",
            "masks",
            "zones",
            "lines"));
    String id = n.id("id");
    String url = n.requiredString("url");
    int colon = url.indexOf("://");
    if (!url.isEmpty() && (colon < 0 || !URL_SCHEMES.contains(url.substring(0, colon)))) {
      n.get("url").error("must start with one of rtsp://, rtsps://, file://, v4l2://");
    } else if (url.startsWith("file://")) {
      java.nio.file.Path clip = base.resolve(url.substring("file://".length())).normalize();
      if (!java.nio.file.Files.isRegularFile(clip)) {
        n.get("url").error("video file does not exist: " + clip);
      }
      url = "file://" + clip;
    }
    Sampling sampling =
        new Sampling(
            n.integer("fps", 5, 1, 30),
            n.integer("width", 640, 64, 1920),
            n.integer("height", 360, 48, 1080),
            n.integer("stallSeconds", 10, 2, 300),
            n.integer("restartMaxSeconds", 60, 1, 3600));
    return new CameraConfig(
        id,
        n.string("name", id),
        url,
        n.bool("loop", false),
        sampling,
        n.strings("ffmpegInputArgs"),
        MotionConfig.read(n.get("motion")),
        IntegrityConfig.read(n.get("integrity")),
        n.list("masks", Polygon::read),
        n.list("zones", ZoneConfig::read),
        n.list("lines", LineConfig::read));
  }

  public ZoneConfig zone(String zoneId) {
    return zones.stream().filter(z -> z.id().equals(zoneId)).findFirst().orElse(null);
  }
}

package io.mineseal.edge.config;

import java.util.Set;

/** Motion detection on a small grey copy of each frame. */
public record MotionConfig(
    int analysisWidth,
    int pixelThreshold,
    double minAreaPercent,
    double lightJumpPercent,
    int relearnFrames) {

  static MotionConfig read(ConfigNode n) {
    n.allow(
        Set.of(
            "analysisWidth",
            "pixelThreshold",
            "minAreaPercent",
            "lightJumpPercent",
            "relearnFrames"));
    return new MotionConfig(
        n.integer("analysisWidth", 160, 64, 640),
        n.integer("pixelThreshold", 25, 1, 255),
        n.number("minAreaPercent", 0.3, 0.01, 50),
        n.number("lightJumpPercent", 12, 1, 100),
        n.integer("relearnFrames", 10, 1, 1000));
  }
}

package io.mineseal.edge.vision;

import java.util.Map;

/**
 * What cheap analysis saw in one frame. Brightness and detail are 0..255 grey levels; {@code
 * sceneMatch} (correlation with the reference view, -1..1) is null on frames where it was not
 * computed.
 */
public record Observation(
    boolean motion,
    double motionPercent,
    Map<String, Double> zoneMotionPercent,
    boolean lightJump,
    boolean learning,
    double brightness,
    double detail,
    double changeFromPrevious,
    Double sceneMatch) {}

package io.mineseal.edge.policy;

import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Severity;
import io.mineseal.edge.vision.Box;
import java.util.List;
import java.util.Map;

/** Something the camera policy concluded; the pipeline turns it into an event with evidence. */
public record Finding(
    EventType type,
    Severity severity,
    String zone,
    Integer occupancy,
    double confidence,
    List<Box> boxes,
    Map<String, Object> details) {}

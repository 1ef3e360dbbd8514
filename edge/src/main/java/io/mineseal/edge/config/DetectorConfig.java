package io.mineseal.edge.config;

import java.nio.file.Path;
import java.util.Set;

/**
 * The person/vehicle detector. Without model files the Yolo-Fastest 1.1 body model bundled in the
 * jar finds people; {@code vehicles: true} adds the bundled 80-class Yolo-Fastest 1.1 model for
 * cars, trucks, buses and motorcycles.
 */
public record DetectorConfig(
    boolean enabled,
    Path modelFile,
    Path weightsFile,
    int inputSize,
    double scoreThreshold,
    double nmsThreshold,
    double idleCheckSeconds,
    boolean vehicles) {

  static DetectorConfig read(ConfigNode n, Secrets files) {
    n.allow(
        Set.of(
            "enabled",
            "modelFile",
            "weightsFile",
            "inputSize",
            "scoreThreshold",
            "nmsThreshold",
            "idleCheckSeconds",
            "vehicles"));
    Path model = files.file(n, "modelFile", false);
    Path weights = files.file(n, "weightsFile", false);
    if (model != null && !model.toString().endsWith(".onnx") && weights == null) {
      n.get("weightsFile").error("is required with a Darknet .cfg modelFile");
    }
    return new DetectorConfig(
        n.bool("enabled", true),
        model,
        weights,
        n.integer("inputSize", 320, 96, 1280),
        n.number("scoreThreshold", 0.4, 0.05, 0.99),
        n.number("nmsThreshold", 0.45, 0.05, 0.95),
        n.number("idleCheckSeconds", 1, 0.1, 60),
        n.bool("vehicles", false));
  }
}

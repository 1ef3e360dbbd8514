package io.mineseal.edge.config;

import java.nio.file.Path;
import java.util.List;

/** The whole, validated configuration of one box. Parsed once; immutable. */
public record MineSealConfig(
    Path file,
    String hash,
    DeviceConfig device,
    UplinkConfig uplink,
    List<CameraConfig> cameras,
    List<InputConfig> inputs,
    List<OutputConfig> outputs,
    PolicyConfig policy,
    RetentionConfig retention,
    HealthConfig health,
    DetectorConfig detector,
    SimulationConfig simulation) {

  public MineSealConfig withHash(Path newFile, String newHash) {
    return new MineSealConfig(
        newFile,
        newHash,
        device,
        uplink,
        cameras,
        inputs,
        outputs,
        policy,
        retention,
        health,
        detector,
        simulation);
  }

  public CameraConfig camera(String id) {
    return cameras.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }
}

package io.mineseal.edge.daemon;

import io.mineseal.edge.camera.CameraPipeline;
import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.evidence.EvidenceSink;
import io.mineseal.edge.policy.CameraPolicy;
import io.mineseal.edge.policy.FusionWindow;
import io.mineseal.edge.policy.ModeState;
import io.mineseal.edge.policy.Occupancy;
import io.mineseal.edge.policy.ScoreProfile;
import io.mineseal.edge.vision.Detector;
import io.mineseal.edge.vision.TimedDetector;
import io.mineseal.edge.vision.opencv.DnnDetector;
import io.mineseal.edge.vision.opencv.OpenCvAnalyzer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;

/** Builds one camera's pipeline; the daemon and replay use this same code. */
public final class Pipelines {
  private Pipelines() {}

  /** What differs between the daemon and replay. */
  public record Context(
      EventSink sink,
      EventFactory events,
      Occupancy occupancy,
      ModeState mode,
      FusionWindow fusion,
      EvidenceSink evidence,
      Path referenceFile) {}

  public static CameraPipeline create(MineSealConfig config, CameraConfig camera, Context c) {
    return create(config, camera, c, zone -> Optional.empty());
  }

  /** With the logical state of the equipment input wired for a zone, to compare with the video. */
  public static CameraPipeline create(
      MineSealConfig config,
      CameraConfig camera,
      Context c,
      Function<String, Optional<String>> equipmentInput) {
    return create(config, camera, c, equipmentInput, (kind, seconds) -> {});
  }

  /** Also tells {@code detectorTimes} each detector run's kind (person, vehicle) and seconds. */
  public static CameraPipeline create(
      MineSealConfig config,
      CameraConfig camera,
      Context c,
      Function<String, Optional<String>> equipmentInput,
      ObjDoubleConsumer<String> detectorTimes) {
    var detector = config.detector();
    CameraPolicy policy =
        new CameraPolicy(
            camera, config.policy(), c.occupancy(), c.mode(), c.fusion(), equipmentInput);
    CameraPipeline.Parts parts =
        new CameraPipeline.Parts(
            new OpenCvAnalyzer(camera, c.referenceFile()),
            detector.enabled()
                ? timed(DnnDetector.persons(detector), "person", detectorTimes)
                : null,
            detector.enabled() && detector.vehicles()
                ? timed(DnnDetector.vehicles(detector), "vehicle", detectorTimes)
                : null,
            policy,
            c.evidence(),
            c.sink(),
            c.events());
    ScoreProfile score =
        new ScoreProfile(
            config.policy().profiles(), detector.scoreThreshold(), config.device().timezone());
    return new CameraPipeline(
        camera, config.policy().confirmFrames(), detector.idleCheckSeconds(), score, parts);
  }

  private static Detector timed(Detector d, String kind, ObjDoubleConsumer<String> times) {
    return new TimedDetector(d, seconds -> times.accept(kind, seconds));
  }
}

package io.mineseal.edge.cli;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.replay.Replay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs a recorded clip through the daemon's pipeline, every frame, on the video's clock. */
@Command(
    mixinStandardHelpOptions = true,
    name = "replay",
    description = {
      "Run a recorded clip through exactly the daemon's camera pipeline, frame by frame, as fast as",
      "the machine allows. Output is deterministic: time is --start plus each frame's time."
    })
final class ReplayCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--input", required = true, paramLabel = "VIDEO", description = "The video file.")
  Path input;

  @Option(
      names = "--camera",
      paramLabel = "ID",
      description = "Which camera's settings (default: the first).")
  String cameraId;

  @Option(
      names = "--detections-out",
      paramLabel = "FILE.jsonl",
      description = "One line per frame: motion and boxes in video pixels.")
  Path detectionsOut;

  @Option(
      names = "--events-out",
      paramLabel = "FILE.jsonl",
      description = "One line per event, as the MQTT event payload.")
  Path eventsOut;

  @Option(
      names = "--start",
      paramLabel = "ISO-TIME",
      description = "Time of the first frame (default: ${DEFAULT-VALUE}).")
  Instant start = Instant.EPOCH;

  @Override
  public Integer call() throws Exception {
    MineSealConfig loaded = ConfigOption.loadOrReport(config.file);
    if (loaded == null) {
      return Main.EXIT_CONFIG;
    }
    CameraConfig camera =
        cameraId == null
            ? loaded.cameras().stream().findFirst().orElse(null)
            : loaded.camera(cameraId);
    if (camera == null) {
      System.err.println(
          "mineseal replay: no camera " + (cameraId == null ? "in the config" : cameraId));
      return Main.EXIT_CONFIG;
    }
    if (!Files.isRegularFile(input)) {
      System.err.println("mineseal replay: no such video file: " + input);
      return 1;
    }
    Progress progress = new Progress(System.console() != null);
    Replay.Summary s =
        new Replay(loaded, camera).run(input, start, detectionsOut, eventsOut, progress::frame);
    progress.done();
    System.err.printf(
        "replay: %d frames, %d events, detector on %.1f%% of frames, %.1f s (%.1f frames/s)%n",
        s.frames(),
        s.events(),
        100 * s.detectorShare(),
        s.millis() / 1000.0,
        s.frames() * 1000.0 / Math.max(1, s.millis()));
    return 0;
  }

  /** A one-line progress counter on a terminal; silent in pipes and CI logs. */
  private record Progress(boolean terminal) {
    void frame(long i) {
      if (terminal && i % 25 == 0) {
        System.err.print("\rreplay: frame " + i);
      }
    }

    void done() {
      if (terminal) {
        System.err.print("\r");
      }
    }
  }
}

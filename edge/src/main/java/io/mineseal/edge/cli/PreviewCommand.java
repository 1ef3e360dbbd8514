package io.mineseal.edge.cli;

import io.mineseal.edge.camera.ffmpeg.FfmpegCommand;
import io.mineseal.edge.camera.ffmpeg.FfmpegSource;
import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.vision.Frame;
import io.mineseal.edge.vision.opencv.OpenCvAnalyzer;
import io.mineseal.edge.vision.opencv.PreviewRenderer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Grabs a live frame and draws masks, zones and lines on it, so a technician sees what the box
 * sees.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "preview",
    description = {
      "Grab a live frame from a camera and draw the configured masks, zones and lines on it",
      "(with a 10% grid for the coordinates) into a PNG, to check the setup before leaving site."
    })
final class PreviewCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--camera", required = true, paramLabel = "ID", description = "The camera.")
  String cameraId;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.png",
      description = "Where to write the picture.")
  Path out;

  @Option(
      names = "--set-reference",
      description = {
        "Also take this frame as the camera's reference view for camera.moved (after re-aiming a",
        "camera on purpose). Restart the daemon afterwards."
      })
  boolean setReference;

  @Override
  public Integer call() throws Exception {
    MineSealConfig c = ConfigOption.loadOrReport(config.file);
    if (c == null) {
      return Main.EXIT_CONFIG;
    }
    CameraConfig camera = c.camera(cameraId);
    if (camera == null) {
      System.err.println(
          "mineseal preview: no camera "
              + cameraId
              + "; cameras: "
              + c.cameras().stream().map(CameraConfig::id).toList());
      return Main.EXIT_CONFIG;
    }
    Frame frame = new Frame(camera.sampling().width(), camera.sampling().height());
    ExecutorService reader =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "mineseal-preview"));
    try (FfmpegSource source =
        new FfmpegSource(camera.id(), FfmpegCommand.build(camera, null, false))) {
      source.open();
      Future<Boolean> got = reader.submit(() -> source.read(frame));
      boolean ok;
      try {
        ok = got.get(camera.sampling().stallSeconds() + 5L, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        ok = false;
      }
      if (!ok) {
        System.err.println(
            "mineseal preview: no frame from "
                + camera.url()
                + " within "
                + (camera.sampling().stallSeconds() + 5)
                + " s; ffmpeg said: "
                + String.join(" | ", source.lastMessages()));
        return 1;
      }
    } finally {
      reader.shutdownNow();
    }
    PreviewRenderer.render(frame, camera, out);
    System.out.println("preview of " + camera.id() + " written to " + out);
    if (setReference) {
      Path reference = c.device().dataDir().resolve("reference").resolve(camera.id() + ".png");
      java.nio.file.Files.deleteIfExists(reference);
      // the analyser takes a missing reference from its first learned frames: feed it this one
      try (OpenCvAnalyzer analyzer = new OpenCvAnalyzer(camera, reference)) {
        for (int i = 0; i <= camera.motion().relearnFrames() + 1; i++) {
          frame.stamp(i, i * 100L);
          analyzer.analyze(frame);
        }
      }
      System.out.println(
          "reference view of " + camera.id() + " saved to " + reference + "; restart the daemon");
    }
    return 0;
  }
}

package io.mineseal.edge.bench;

import io.mineseal.edge.camera.CameraPipeline;
import io.mineseal.edge.camera.VideoClock;
import io.mineseal.edge.camera.ffmpeg.FfmpegCommand;
import io.mineseal.edge.camera.ffmpeg.FfmpegSource;
import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.config.DetectorConfig;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.daemon.Pipelines;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.evidence.EvidenceSink;
import io.mineseal.edge.policy.Occupancy;
import io.mineseal.edge.vision.Frame;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Vision cost in one run on the same clip, as ratios to ffmpeg decode-only: the ingest + motion +
 * integrity pipeline (detector off), and the whole pipeline with the motion-gated detector; then,
 * with {@code soakMinutes > 0}, the resident memory over a looping replay.
 *
 * <p>Args: config clip rounds soakMinutes
 */
public final class VisionBench {
  private VisionBench() {}

  public static void main(String[] args) throws Exception {
    MineSealConfig config = ConfigLoader.load(Path.of(args[0]));
    String clip = Path.of(args[1]).toAbsolutePath().toString();
    int rounds = Integer.parseInt(args[2]);
    double soakMinutes = Double.parseDouble(args[3]);
    MineSealConfig noDetector = withDetector(config, false);
    run(null, config, clip); // warm-up: JIT, OpenCV, page cache
    double[] decode = new double[rounds];
    double[] cheap = new double[rounds];
    double[] full = new double[rounds];
    long frames = 0;
    double share = 0;
    for (int r = 0; r < rounds; r++) {
      decode[r] = run(null, config, clip)[0];
      cheap[r] = run(noDetector, config, clip)[0];
      double[] f = run(config, config, clip);
      full[r] = f[0];
      frames = (long) f[1];
      share = f[2];
    }
    double d = BenchSupport.percentile(decode, 50);
    double c = BenchSupport.percentile(cheap, 50);
    double w = BenchSupport.percentile(full, 50);
    System.out.printf(
        "clip: %s, %d frames at %dx%d, wall time, median of %d rounds, decoding and analysis overlap on two cores%n",
        clip,
        frames,
        config.cameras().get(0).sampling().width(),
        config.cameras().get(0).sampling().height(),
        rounds);
    System.out.printf(
        "decode only (ffmpeg + frame copy)      %7.2f s  %6.2f ms/frame  ratio 1.00%n",
        d, 1000 * d / frames);
    System.out.printf(
        "ingest + motion + integrity            %7.2f s  %6.2f ms/frame  ratio %.2f  (goal <= 1.5)%n",
        c, 1000 * c / frames, c / d);
    System.out.printf(
        "+ motion-gated detector (whole)        %7.2f s  %6.2f ms/frame  ratio %.2f%n",
        w, 1000 * w / frames, w / d);
    System.out.printf(
        "motion+integrity alone per frame: %.2f ms; detector ran on %.1f%% of frames%n",
        1000 * (c - d) / frames, 100 * share);
    if (soakMinutes > 0) {
      soak(config, clip, soakMinutes);
    }
  }

  private static MineSealConfig withDetector(MineSealConfig c, boolean enabled) {
    DetectorConfig d = c.detector();
    DetectorConfig off =
        new DetectorConfig(
            enabled,
            d.modelFile(),
            d.weightsFile(),
            d.inputSize(),
            d.scoreThreshold(),
            d.nmsThreshold(),
            d.idleCheckSeconds(),
            d.vehicles());
    return new MineSealConfig(
        c.file(),
        c.hash(),
        c.device(),
        c.uplink(),
        c.cameras(),
        c.inputs(),
        c.outputs(),
        c.policy(),
        c.retention(),
        c.health(),
        off,
        c.simulation());
  }

  /** Returns wall seconds, frames, detector share. A null pipeline config means decode only. */
  private static double[] run(MineSealConfig pipelineConfig, MineSealConfig config, String clip)
      throws Exception {
    CameraConfig camera = config.cameras().get(0);
    Frame frame = new Frame(camera.sampling().width(), camera.sampling().height());
    VideoClock clock = new VideoClock(Instant.EPOCH);
    EventFactory events = new EventFactory("s", "d", "bench", clock);
    CameraPipeline pipeline =
        pipelineConfig == null
            ? null
            : Pipelines.create(
                pipelineConfig,
                camera,
                new Pipelines.Context(
                    e -> e, events, new Occupancy(null), null, null, EvidenceSink.NONE, null));
    long t0 = System.nanoTime();
    long n = 0;
    try (FfmpegSource source =
        new FfmpegSource(camera.id(), FfmpegCommand.build(camera, clip, true))) {
      source.open();
      while (source.read(frame)) {
        frame.stamp(n, n * 100);
        clock.set(Instant.ofEpochMilli(n * 100));
        if (pipeline != null) {
          pipeline.process(frame);
        }
        n++;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double share = pipeline == null ? 0 : pipeline.detectorShare();
    if (pipeline != null) {
      pipeline.close();
    }
    return new double[] {seconds, n, share};
  }

  private static void soak(MineSealConfig config, String clip, double minutes) throws Exception {
    CameraConfig camera = config.cameras().get(0);
    Frame frame = new Frame(camera.sampling().width(), camera.sampling().height());
    VideoClock clock = new VideoClock(Instant.EPOCH);
    EventFactory events = new EventFactory("s", "d", "bench", clock);
    long end = System.nanoTime() + (long) (minutes * 60e9);
    long n = 0;
    double first = -1;
    try (CameraPipeline pipeline =
        Pipelines.create(
            config,
            camera,
            new Pipelines.Context(
                e -> e, events, new Occupancy(null), null, null, EvidenceSink.NONE, null))) {
      int loop = 0;
      while (System.nanoTime() < end) {
        try (FfmpegSource source =
            new FfmpegSource(camera.id(), FfmpegCommand.build(camera, clip, true))) {
          source.open();
          while (source.read(frame)) {
            frame.stamp(n, n * 100);
            clock.set(Instant.ofEpochMilli(n * 100));
            pipeline.process(frame);
            n++;
          }
        }
        loop++;
        System.gc();
        double rss = BenchSupport.rssMib();
        if (loop == 2) {
          first = rss;
        }
        System.out.printf("soak: loop %d, %d frames, RSS %.1f MiB%n", loop, n, rss);
      }
    }
    double last = BenchSupport.rssMib();
    System.out.printf(
        "soak: %.0f min, %d frames; RSS after warm-up %.1f MiB, at end %.1f MiB, change %+.1f%% (goal within 10%%)%n",
        minutes, n, first, last, 100 * (last - first) / first);
  }
}

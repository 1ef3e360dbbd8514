package io.mineseal.edge.replay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mineseal.edge.camera.CameraPipeline;
import io.mineseal.edge.camera.VideoClock;
import io.mineseal.edge.camera.ffmpeg.FfmpegCommand;
import io.mineseal.edge.camera.ffmpeg.FfmpegSource;
import io.mineseal.edge.camera.ffmpeg.Probe;
import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.daemon.Pipelines;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventJson;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.evidence.EvidenceSink;
import io.mineseal.edge.policy.Occupancy;
import io.mineseal.edge.vision.Box;
import io.mineseal.edge.vision.Frame;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Runs a recorded clip through the daemon's own camera pipeline, every frame, as fast as the
 * machine allows, on the video's own clock: two runs give identical output.
 */
public final class Replay {
  /** What a run did. */
  public record Summary(long frames, long events, double detectorShare, long millis) {}

  private final MineSealConfig config;
  private final CameraConfig camera;

  public Replay(MineSealConfig config, CameraConfig camera) {
    this.config = config;
    this.camera = camera;
  }

  public Summary run(
      Path input, Instant start, Path detectionsOut, Path eventsOut, LongConsumer progress)
      throws IOException {
    Probe probe = Probe.of(input.toString());
    long began = System.nanoTime();
    VideoClock clock = new VideoClock(start);
    long[] counter = {0};
    EventFactory events =
        new EventFactory(
            config.device().siteId(),
            config.device().deviceId(),
            "replay",
            clock,
            () ->
                UUID.nameUUIDFromBytes(("replay:" + counter[0]++).getBytes(StandardCharsets.UTF_8))
                    .toString());
    try (Writer detections = writer(detectionsOut);
        Writer eventLines = writer(eventsOut);
        FfmpegSource source =
            new FfmpegSource(camera.id(), FfmpegCommand.build(camera, input.toString(), true))) {
      long[] seq = {0};
      EventSink sink =
          draft -> {
            Event e = draft.withSeq(++seq[0]);
            line(eventLines, EventJson.write(e));
            return e;
          };
      Pipelines.Context context =
          new Pipelines.Context(
              sink, events, new Occupancy(null), null, null, EvidenceSink.NONE, null);
      try (CameraPipeline pipeline = Pipelines.create(config, camera, context)) {
        Frame frame = new Frame(camera.sampling().width(), camera.sampling().height());
        source.open();
        double sx = (double) probe.width() / frame.width();
        double sy = (double) probe.height() / frame.height();
        long i = 0;
        for (; source.read(frame); i++) {
          long pts = Math.round(i * 1000.0 / probe.fps());
          frame.stamp(i, pts);
          clock.set(start.plusMillis(pts));
          line(detections, detectionJson(pipeline.process(frame), sx, sy));
          progress.accept(i);
        }
        if (i == 0) {
          throw new IOException(
              "no frame could be decoded from "
                  + input
                  + ": "
                  + String.join(" | ", source.lastMessages()));
        }
        return new Summary(
            i, seq[0], pipeline.detectorShare(), (System.nanoTime() - began) / 1_000_000);
      }
    }
  }

  private static Writer writer(Path file) throws IOException {
    if (file == null) {
      return Writer.nullWriter();
    }
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  private static void line(Writer w, String json) {
    try {
      w.write(json);
      w.write('\n');
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String detectionJson(CameraPipeline.FrameResult r, double sx, double sy) {
    ObjectNode o = EventJson.mapper().createObjectNode();
    o.put("frame", r.index());
    o.put("ptsMillis", r.ptsMillis());
    o.put("motion", r.motion());
    o.put("detector", r.detectorRan());
    boxes(o.putArray("persons"), r.persons(), sx, sy);
    boxes(o.putArray("vehicles"), r.vehicles(), sx, sy);
    return o.toString();
  }

  private static void boxes(ArrayNode out, List<Box> boxes, double sx, double sy) {
    for (Box b : boxes) {
      Box s = b.scaled(sx, sy);
      out.addObject()
          .put("x", Math.round(s.x()))
          .put("y", Math.round(s.y()))
          .put("w", Math.round(s.w()))
          .put("h", Math.round(s.h()))
          .put("score", Math.round(s.score() * 1000) / 1000.0);
    }
  }
}

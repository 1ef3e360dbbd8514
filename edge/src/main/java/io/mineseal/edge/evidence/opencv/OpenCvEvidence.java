package io.mineseal.edge.evidence.opencv;

import io.mineseal.edge.evidence.EvidenceSink;
import io.mineseal.edge.evidence.ffmpeg.ClipWriter;
import io.mineseal.edge.vision.Box;
import io.mineseal.edge.vision.Frame;
import io.mineseal.edge.vision.opencv.Mats;
import io.mineseal.edge.vision.opencv.OpenCv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JPEG snapshots with the detection boxes drawn, and clips from a ring buffer of JPEG frames (a few
 * per second) handed to ffmpeg. Files are {@code <dir>/<eventId>.jpg} and {@code .mp4}.
 */
public final class OpenCvEvidence implements EvidenceSink {
  static {
    OpenCv.load();
  }

  private static final Logger LOG = LoggerFactory.getLogger(OpenCvEvidence.class);
  private static final long RING_STEP_MILLIS = 200;

  private record Shot(long ptsMillis, byte[] jpeg) {}

  private record PendingClip(String eventId, long untilMillis, List<Shot> shots) {}

  private final Path dir;
  private final long beforeMillis;
  private final long afterMillis;
  private final ClipWriter clips;
  private final Deque<Shot> ring = new ArrayDeque<>();
  private final List<PendingClip> pending = new ArrayList<>();
  private final Mat pixels = new Mat();
  private final Mat drawn = new Mat();
  private final MatOfByte jpeg = new MatOfByte();
  private final MatOfInt quality = new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 80);
  private long lastShot = Long.MIN_VALUE / 2;

  public OpenCvEvidence(Path dir, int beforeSeconds, int afterSeconds, ClipWriter clips) {
    this.dir = dir;
    this.beforeMillis = beforeSeconds * 1000L;
    this.afterMillis = afterSeconds * 1000L;
    this.clips = clips;
  }

  @Override
  public void offer(Frame frame) {
    long now = frame.ptsMillis();
    if (now - lastShot < RING_STEP_MILLIS) {
      return;
    }
    lastShot = now;
    Shot shot = new Shot(now, encode(Mats.of(frame, pixels)));
    ring.addLast(shot);
    while (!ring.isEmpty() && ring.peekFirst().ptsMillis() < now - beforeMillis) {
      ring.removeFirst();
    }
    for (Iterator<PendingClip> it = pending.iterator(); it.hasNext(); ) {
      PendingClip clip = it.next();
      clip.shots().add(shot);
      if (now >= clip.untilMillis()) {
        it.remove();
        clips.write(
            dir.resolve(clip.eventId() + ".mp4"),
            clip.shots().stream().map(Shot::jpeg).toList(),
            1000 / RING_STEP_MILLIS);
      }
    }
  }

  @Override
  public List<String> capture(String eventId, Frame frame, List<Box> boxes) {
    Mats.of(frame, pixels).copyTo(drawn);
    for (Box b : boxes) {
      Scalar colour =
          b.label().equals(Box.PERSON) ? new Scalar(0, 0, 255) : new Scalar(255, 128, 0);
      Imgproc.rectangle(
          drawn, new Point(b.x(), b.y()), new Point(b.x() + b.w(), b.y() + b.h()), colour, 2);
      Imgproc.putText(
          drawn,
          String.format("%s %.2f", b.label(), b.score()),
          new Point(b.x(), Math.max(12, b.y() - 4)),
          Imgproc.FONT_HERSHEY_SIMPLEX,
          0.5,
          colour,
          1);
    }
    List<String> ids = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(eventId + ".jpg.tmp");
      Files.write(tmp, encode(drawn));
      Files.move(
          tmp,
          dir.resolve(eventId + ".jpg"),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      ids.add(eventId + ".jpg");
    } catch (IOException e) {
      LOG.warn("Cannot save snapshot for {}: {}", eventId, e.getMessage());
    }
    if (afterMillis > 0 || !ring.isEmpty()) {
      pending.add(new PendingClip(eventId, frame.ptsMillis() + afterMillis, new ArrayList<>(ring)));
      ids.add(eventId + ".mp4");
    }
    return ids;
  }

  private byte[] encode(Mat image) {
    Imgcodecs.imencode(".jpg", image, jpeg, quality);
    return jpeg.toArray();
  }

  @Override
  public void close() {
    for (PendingClip clip : pending) {
      clips.write(
          dir.resolve(clip.eventId() + ".mp4"),
          clip.shots().stream().map(Shot::jpeg).toList(),
          1000 / RING_STEP_MILLIS);
    }
    pending.clear();
    for (Mat m : new Mat[] {pixels, drawn, jpeg, quality}) {
      m.release();
    }
  }
}

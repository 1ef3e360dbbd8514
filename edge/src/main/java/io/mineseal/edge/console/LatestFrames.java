package io.mineseal.edge.console;

import io.mineseal.edge.evidence.EvidenceSink;
import io.mineseal.edge.vision.Box;
import io.mineseal.edge.vision.Frame;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Each camera's latest frame for the console. The camera's own buffer is reused for the next frame,
 * so a copy is taken on the camera thread, at most once per {@code everyNanos} (a 640x360 copy a
 * second costs the camera nothing measurable); requests render from that copy.
 */
public final class LatestFrames {
  /** A copied frame and when (wall clock millis) it was read. */
  public record Latest(Frame frame, long wallMillis) {}

  private final long everyNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Latest> latest = new ConcurrentHashMap<>();
  private final Map<String, Long> copiedAt = new ConcurrentHashMap<>();
  private final Map<String, Long> wantedAt = new ConcurrentHashMap<>();
  static final long WATCHED_NANOS = 60_000_000_000L;

  public LatestFrames(long everyNanos, LongSupplier nanoTime) {
    this.everyNanos = everyNanos;
    this.nanoTime = nanoTime;
  }

  /** Called on the camera's thread with every frame. */
  public void offer(String camera, Frame frame, long wallMillis) {
    long now = nanoTime.getAsLong();
    Long last = copiedAt.get(camera);
    Long wanted = wantedAt.get(camera);
    boolean watched = wanted != null && now - wanted < WATCHED_NANOS;
    if (last != null && (now - last < everyNanos || !watched)) {
      return;
    }
    copiedAt.put(camera, now);
    Frame copy = new Frame(frame.width(), frame.height());
    System.arraycopy(frame.bgr(), 0, copy.bgr(), 0, copy.bgr().length);
    copy.stamp(frame.index(), frame.ptsMillis());
    latest.put(camera, new Latest(copy, wallMillis));
  }

  /** The latest copy; asking counts as watching, so copies are taken for a minute from now. */
  public Optional<Latest> latest(String camera) {
    wantedAt.put(camera, nanoTime.getAsLong());
    return Optional.ofNullable(latest.get(camera));
  }

  /**
   * The camera's evidence sink with this tap in front: the pipeline already hands every frame to
   * its evidence sink, so the console needs no hook of its own in the camera code.
   */
  public EvidenceSink tap(String camera, EvidenceSink inner, LongSupplier wallMillis) {
    return new EvidenceSink() {
      @Override
      public void offer(Frame frame) {
        LatestFrames.this.offer(camera, frame, wallMillis.getAsLong());
        inner.offer(frame);
      }

      @Override
      public List<String> capture(String eventId, Frame frame, List<Box> boxes) {
        return inner.capture(eventId, frame, boxes);
      }

      @Override
      public void close() {
        inner.close();
      }
    };
  }
}

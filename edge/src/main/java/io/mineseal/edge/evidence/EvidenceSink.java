package io.mineseal.edge.evidence;

import io.mineseal.edge.vision.Box;
import io.mineseal.edge.vision.Frame;
import java.util.List;

/** Keeps recent frames of one camera and turns them into an event's snapshot and clip. */
public interface EvidenceSink extends AutoCloseable {
  /** Evidence is not kept (replay without an evidence folder). */
  EvidenceSink NONE =
      new EvidenceSink() {
        @Override
        public void offer(Frame frame) {}

        @Override
        public List<String> capture(String eventId, Frame frame, List<Box> boxes) {
          return List.of();
        }

        @Override
        public void close() {}
      };

  /** Every frame passes here; a ring buffer keeps the last seconds for clips. */
  void offer(Frame frame);

  /**
   * Saves a snapshot of {@code frame} with the boxes drawn, and starts a clip from before to after
   * it; returns the evidence ids the event carries (e.g. {@code <eventId>.jpg}, {@code
   * <eventId>.mp4}).
   */
  List<String> capture(String eventId, Frame frame, List<Box> boxes);

  @Override
  void close();
}

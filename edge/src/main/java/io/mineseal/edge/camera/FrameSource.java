package io.mineseal.edge.camera;

import io.mineseal.edge.vision.Frame;
import java.io.IOException;
import java.util.List;

/** A stream of decoded frames from one camera; ffmpeg lives behind it in {@code camera.ffmpeg}. */
public interface FrameSource extends AutoCloseable {
  void open() throws IOException;

  /** Fills the frame's buffer with the next whole frame; false when the stream ended or died. */
  boolean read(Frame frame) throws IOException;

  /** Kills the stream from any thread (a watchdog's way out of a blocked read). */
  void abort();

  /** The decoder's last messages, for the log when it dies. */
  List<String> lastMessages();

  @Override
  void close();
}

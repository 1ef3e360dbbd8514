package io.mineseal.edge.vision;

/** Motion and picture-health analysis of one camera's frames (OpenCV lives behind it). */
public interface FrameAnalyzer extends AutoCloseable {
  Observation analyze(Frame frame);

  /** The stream restarted: forget the background and relearn before reporting motion. */
  void restart();

  /** Takes the current view as the commissioning reference for {@code camera.moved}. */
  void retakeReference();

  @Override
  void close();
}

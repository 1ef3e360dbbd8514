package io.mineseal.edge.vision;

import java.util.List;

/** Finds people (and, where configured, vehicles) in a frame; OpenCV DNN lives behind it. */
public interface Detector extends AutoCloseable {
  /**
   * Boxes in frame pixels with a score at least {@code minScore}, after non-maximum suppression.
   */
  List<Box> detect(Frame frame, double minScore);

  @Override
  void close();
}

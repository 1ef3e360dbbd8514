package io.mineseal.edge.console;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.vision.Frame;

/** Draws a camera's masks, zones and lines on a frame, as {@code preview} does, into a JPEG. */
public interface FrameRenderer {
  /** The frame as JPEG; with {@code overlay} the preview's grid, masks, zones and lines on it. */
  byte[] jpeg(Frame frame, CameraConfig camera, boolean overlay);
}

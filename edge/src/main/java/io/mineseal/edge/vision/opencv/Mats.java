package io.mineseal.edge.vision.opencv;

import io.mineseal.edge.vision.Frame;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** The frame's pixels as an OpenCV Mat, made once per frame and shared by analyser and detector. */
public final class Mats {
  private Mats() {}

  /** Wraps the frame's bytes into {@code reuse} (allocated once per camera) and remembers it. */
  public static Mat of(Frame frame, Mat reuse) {
    if (frame.handle() instanceof Mat mat) {
      return mat;
    }
    if (reuse.rows() != frame.height() || reuse.cols() != frame.width()) {
      reuse.create(frame.height(), frame.width(), CvType.CV_8UC3);
    }
    reuse.put(0, 0, frame.bgr());
    frame.handle(reuse);
    return reuse;
  }
}

package io.mineseal.edge.vision.opencv;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * The commissioning view of a camera, as a gradient-magnitude image: comparing structure (edges)
 * rather than brightness keeps {@code camera.moved} quiet when the lights change. Kept as a PNG
 * next to the store, taken automatically once the first background is learned.
 */
final class SceneReference {
  static {
    OpenCv.load();
  }

  private static final int COMPARE_EVERY_FRAMES = 5;

  private final Path file;
  private final Mat reference = new Mat();
  private final Mat blurred = new Mat();
  private final Mat edges = new Mat();
  private final Mat gx = new Mat();
  private final Mat gy = new Mat();
  private final Mat result = new Mat();
  private boolean retake;

  SceneReference(Path file, int width, int height) {
    this.file = file;
    if (file != null && Files.isReadable(file)) {
      Mat stored = Imgcodecs.imread(file.toString(), Imgcodecs.IMREAD_GRAYSCALE);
      if (!stored.empty()) {
        Imgproc.resize(stored, stored, new Size(width, height));
        stored.convertTo(reference, CvType.CV_32F);
      }
      stored.release();
    }
  }

  void retake() {
    retake = true;
  }

  /** Correlation of the frame's structure with the reference, or null when not computed now. */
  Double compare(Mat grey, boolean backgroundJustLearned, long frameIndex) {
    if (reference.empty() || retake) {
      if (backgroundJustLearned || retake) {
        gradient(grey).copyTo(reference);
        save();
        retake = false;
      }
      return null;
    }
    if (frameIndex % COMPARE_EVERY_FRAMES != 0) {
      return null;
    }
    Imgproc.matchTemplate(gradient(grey), reference, result, Imgproc.TM_CCOEFF_NORMED);
    return result.get(0, 0)[0];
  }

  private Mat gradient(Mat grey) {
    Imgproc.GaussianBlur(grey, blurred, new Size(5, 5), 0);
    Imgproc.Sobel(blurred, gx, CvType.CV_32F, 1, 0);
    Imgproc.Sobel(blurred, gy, CvType.CV_32F, 0, 1);
    Core.magnitude(gx, gy, edges);
    return edges;
  }

  private void save() {
    if (file == null) {
      return;
    }
    Mat out = new Mat();
    try {
      Files.createDirectories(file.getParent());
      Core.normalize(reference, out, 0, 255, Core.NORM_MINMAX, CvType.CV_8U);
      Imgcodecs.imwrite(file.toString(), out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      out.release();
    }
  }

  void close() {
    for (Mat m : new Mat[] {reference, blurred, edges, gx, gy, result}) {
      m.release();
    }
  }
}

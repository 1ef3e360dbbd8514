package io.mineseal.edge.vision.opencv;

import io.mineseal.edge.config.Point;
import io.mineseal.edge.config.Polygon;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Rasterises normalised polygons into 8-bit masks of a given size. */
final class Masks {
  private Masks() {}

  static MatOfPoint contour(Polygon polygon, int width, int height) {
    org.opencv.core.Point[] pts = new org.opencv.core.Point[polygon.points().size()];
    for (int i = 0; i < pts.length; i++) {
      Point p = polygon.points().get(i);
      pts[i] = new org.opencv.core.Point(p.x() * width, p.y() * height);
    }
    return new MatOfPoint(pts);
  }

  /** 255 inside the polygon, 0 outside. */
  static Mat inside(Polygon polygon, int width, int height) {
    Mat mask = Mat.zeros(height, width, CvType.CV_8UC1);
    MatOfPoint c = contour(polygon, width, height);
    Imgproc.fillPoly(mask, List.of(c), new Scalar(255));
    c.release();
    return mask;
  }

  /** 255 everywhere except inside the ignore polygons. */
  static Mat watched(List<Polygon> ignore, int width, int height) {
    Mat mask = new Mat(height, width, CvType.CV_8UC1, new Scalar(255));
    for (Polygon p : ignore) {
      MatOfPoint c = contour(p, width, height);
      Imgproc.fillPoly(mask, List.of(c), new Scalar(0));
      c.release();
    }
    return mask;
  }
}

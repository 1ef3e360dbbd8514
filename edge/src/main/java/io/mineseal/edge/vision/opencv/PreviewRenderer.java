package io.mineseal.edge.vision.opencv;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.LineConfig;
import io.mineseal.edge.config.Polygon;
import io.mineseal.edge.config.ZoneConfig;
import io.mineseal.edge.vision.Frame;
import java.nio.file.Path;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Draws what the box will watch on a live frame: a 10% grid with coordinates, masks greyed out,
 * zones outlined by kind, and lines with an arrow towards their "in" side.
 */
public final class PreviewRenderer {
  static {
    OpenCv.load();
  }

  private PreviewRenderer() {}

  /** Writes the preview of {@code frame} to {@code out} (PNG, JPEG: by the file's extension). */
  public static void render(Frame frame, CameraConfig camera, Path out) {
    Mat image = pixels(frame);
    try {
      draw(image, camera);
      Imgcodecs.imwrite(out.toString(), image);
    } finally {
      image.release();
    }
  }

  /** The frame as JPEG, with the preview drawn on it or, without {@code overlay}, as it is. */
  public static byte[] jpeg(Frame frame, CameraConfig camera, boolean overlay) {
    Mat image = pixels(frame);
    MatOfByte out = new MatOfByte();
    try {
      if (overlay) {
        draw(image, camera);
      }
      Imgcodecs.imencode(".jpg", image, out);
      return out.toArray();
    } finally {
      out.release();
      image.release();
    }
  }

  /** A private copy of the frame's pixels (the frame's own Mat belongs to its camera thread). */
  private static Mat pixels(Frame frame) {
    Mat image = new Mat(frame.height(), frame.width(), CvType.CV_8UC3);
    image.put(0, 0, frame.bgr());
    return image;
  }

  private static void draw(Mat image, CameraConfig camera) {
    int w = image.cols();
    int h = image.rows();
    grid(image, w, h);
    for (Polygon mask : camera.masks()) {
      Mat overlay = image.clone();
      MatOfPoint c = Masks.contour(mask, w, h);
      Imgproc.fillPoly(overlay, List.of(c), new Scalar(90, 90, 90));
      Core.addWeighted(overlay, 0.6, image, 0.4, 0, image);
      overlay.release();
      c.release();
    }
    for (ZoneConfig zone : camera.zones()) {
      zone(image, zone, w, h);
    }
    for (LineConfig line : camera.lines()) {
      line(image, line, w, h);
    }
  }

  private static void zone(Mat image, ZoneConfig zone, int w, int h) {
    Scalar colour =
        switch (zone.kind()) {
          case SEALED -> new Scalar(0, 0, 255);
          case EQUIPMENT -> new Scalar(0, 200, 255);
          case VEHICLE -> new Scalar(255, 128, 0);
          case WATCH -> new Scalar(0, 200, 0);
        };
    MatOfPoint c = Masks.contour(zone.area(), w, h);
    Imgproc.polylines(image, List.of(c), true, colour, 2);
    Point at = c.toArray()[0];
    label(
        image,
        zone.id()
            + " ("
            + zone.kind().name().toLowerCase()
            + (zone.armed() ? "" : ", disarmed")
            + ")",
        at,
        colour);
    c.release();
  }

  private static void grid(Mat image, int w, int h) {
    Scalar faint = new Scalar(255, 255, 255);
    for (int i = 1; i < 10; i++) {
      Imgproc.line(image, new Point(w * i / 10.0, 0), new Point(w * i / 10.0, h), faint, 1);
      Imgproc.line(image, new Point(0, h * i / 10.0), new Point(w, h * i / 10.0), faint, 1);
      Imgproc.putText(
          image,
          String.format("%.1f", i / 10.0),
          new Point(w * i / 10.0 + 2, 12),
          Imgproc.FONT_HERSHEY_SIMPLEX,
          0.35,
          faint,
          1);
      Imgproc.putText(
          image,
          String.format("%.1f", i / 10.0),
          new Point(2, h * i / 10.0 - 2),
          Imgproc.FONT_HERSHEY_SIMPLEX,
          0.35,
          faint,
          1);
    }
  }

  private static void line(Mat image, LineConfig line, int w, int h) {
    Point a = new Point(line.from().x() * w, line.from().y() * h);
    Point b = new Point(line.to().x() * w, line.to().y() * h);
    Scalar magenta = new Scalar(255, 0, 255);
    Imgproc.line(image, a, b, magenta, 3);
    double dx = b.x - a.x;
    double dy = b.y - a.y;
    double len = Math.max(1, Math.hypot(dx, dy));
    // left of from->to in image coordinates is (dy, -dx)
    double sign = line.inSide() == LineConfig.Side.LEFT ? 1 : -1;
    Point mid = new Point((a.x + b.x) / 2, (a.y + b.y) / 2);
    Point tip = new Point(mid.x + sign * dy / len * 40, mid.y - sign * dx / len * 40);
    Imgproc.arrowedLine(image, mid, tip, magenta, 2, Imgproc.LINE_AA, 0, 0.3);
    label(image, line.id() + " (in)", tip, magenta);
  }

  private static void label(Mat image, String text, Point at, Scalar colour) {
    Point p =
        new Point(
            Math.max(2, Math.min(at.x + 4, image.cols() - 120)),
            Math.max(14, Math.min(at.y + 14, image.rows() - 4)));
    Imgproc.putText(image, text, p, Imgproc.FONT_HERSHEY_SIMPLEX, 0.5, new Scalar(0, 0, 0), 3);
    Imgproc.putText(image, text, p, Imgproc.FONT_HERSHEY_SIMPLEX, 0.5, colour, 1);
  }
}

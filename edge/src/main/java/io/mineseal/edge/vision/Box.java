package io.mineseal.edge.vision;

/** A detection in frame pixels: top-left corner, size, score and class ("person", "vehicle"). */
public record Box(double x, double y, double w, double h, double score, String label) {
  public static final String PERSON = "person";
  public static final String VEHICLE = "vehicle";

  public double cx() {
    return x + w / 2;
  }

  public double cy() {
    return y + h / 2;
  }

  public double area() {
    return Math.max(0, w) * Math.max(0, h);
  }

  public double iou(Box o) {
    double ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
    double iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
    double inter = ix * iy;
    double union = area() + o.area() - inter;
    return union <= 0 ? 0 : inter / union;
  }

  /** This box scaled by {@code sx}, {@code sy} (e.g. from detection size to video size). */
  public Box scaled(double sx, double sy) {
    return new Box(x * sx, y * sy, w * sx, h * sy, score, label);
  }
}

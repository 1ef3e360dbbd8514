package io.mineseal.edge.event;

/** Where an event comes from: {@code camera}, {@code input} or {@code device}, and which one. */
public record Source(String kind, String id) {
  public static Source device(String id) {
    return new Source("device", id);
  }

  public static Source camera(String id) {
    return new Source("camera", id);
  }

  public static Source input(String id) {
    return new Source("input", id);
  }
}

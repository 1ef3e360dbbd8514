package io.mineseal.edge.vision;

/**
 * One decoded frame: packed BGR bytes at the detection size, its index and presentation time. The
 * byte buffer is reused for the next frame; {@link #handle} lets an adapter keep its own view of
 * the same pixels (e.g. an OpenCV Mat) for the time the frame is being processed.
 */
public final class Frame {
  private final byte[] bgr;
  private final int width;
  private final int height;
  private long index;
  private long ptsMillis;
  private Object handle;

  public Frame(int width, int height) {
    this.width = width;
    this.height = height;
    this.bgr = new byte[width * height * 3];
  }

  public byte[] bgr() {
    return bgr;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public long index() {
    return index;
  }

  public long ptsMillis() {
    return ptsMillis;
  }

  /** Marks the buffer as holding a new frame; clears any adapter view of the previous one. */
  public void stamp(long newIndex, long newPtsMillis) {
    index = newIndex;
    ptsMillis = newPtsMillis;
    handle = null;
  }

  public Object handle() {
    return handle;
  }

  public void handle(Object value) {
    handle = value;
  }
}

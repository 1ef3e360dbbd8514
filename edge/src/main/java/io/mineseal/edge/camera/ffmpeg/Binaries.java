package io.mineseal.edge.camera.ffmpeg;

/**
 * Which ffmpeg and ffprobe to run: from the PATH unless {@code -Dmineseal.ffmpeg} / {@code
 * -Dmineseal.ffprobe} name others (a build with hardware decoding, or the arm64 smoke test's
 * emulated binaries).
 */
public final class Binaries {
  private Binaries() {}

  public static String ffmpeg() {
    return System.getProperty("mineseal.ffmpeg", "ffmpeg");
  }

  public static String ffprobe() {
    return System.getProperty("mineseal.ffprobe", "ffprobe");
  }
}

package io.mineseal.edge.camera.ffmpeg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The size and frame rate of a video file, from ffprobe (header only, no decoding). */
public record Probe(int width, int height, double fps) {

  public static Probe of(String file) throws IOException {
    Process p =
        new ProcessBuilder(
                Binaries.ffprobe(),
                "-v",
                "error",
                "-select_streams",
                "v:0",
                "-show_entries",
                "stream=width,height,avg_frame_rate",
                "-of",
                "csv=p=0:s=x",
                file)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("ffprobe cannot read " + file + ": " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    String[] parts = out.lines().findFirst().orElse("").split("x");
    if (parts.length < 3) {
      throw new IOException(file + " has no video stream: " + out);
    }
    String[] rate = parts[2].split("/");
    double fps = Double.parseDouble(rate[0]) / (rate.length > 1 ? Double.parseDouble(rate[1]) : 1);
    if (!(fps > 0)) {
      throw new IOException(file + " reports no frame rate");
    }
    return new Probe(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), fps);
  }
}

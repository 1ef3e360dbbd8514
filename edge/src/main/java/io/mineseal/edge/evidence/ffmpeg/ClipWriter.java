package io.mineseal.edge.evidence.ffmpeg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Encodes a clip from JPEG frames with ffmpeg (H.264 MP4), on its own named executor. */
public final class ClipWriter {
  private static final Logger LOG = LoggerFactory.getLogger(ClipWriter.class);

  private final ExecutorService executor;
  private final String ffmpeg;

  /**
   * {@code ffmpeg} is the binary to run; the assembly passes the same one the cameras decode with,
   * so this package needs nothing from {@code camera}.
   */
  public ClipWriter(ExecutorService executor, String ffmpeg) {
    this.executor = executor;
    this.ffmpeg = ffmpeg;
  }

  public void write(Path out, List<byte[]> jpegs, long fps) {
    if (jpegs.isEmpty()) {
      return;
    }
    try {
      executor.execute(() -> encode(out, jpegs, fps));
    } catch (RejectedExecutionException e) {
      LOG.warn("Clip {} not written: shutting down", out.getFileName());
    }
  }

  private void encode(Path out, List<byte[]> jpegs, long fps) {
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp.mp4");
    try {
      Process p =
          new ProcessBuilder(
                  ffmpeg,
                  "-hide_banner",
                  "-nostdin",
                  "-loglevel",
                  "error",
                  "-y",
                  "-f",
                  "image2pipe",
                  "-framerate",
                  Long.toString(fps),
                  "-c:v",
                  "mjpeg",
                  "-i",
                  "pipe:0",
                  "-c:v",
                  "libx264",
                  "-preset",
                  "veryfast",
                  "-pix_fmt",
                  "yuv420p",
                  "-vf",
                  "scale=trunc(iw/2)*2:trunc(ih/2)*2",
                  "-movflags",
                  "+faststart",
                  tmp.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (OutputStream in = p.getOutputStream()) {
        for (byte[] jpeg : jpegs) {
          in.write(jpeg);
        }
      }
      if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        p.destroyForcibly();
        LOG.warn("ffmpeg could not encode clip {}", out.getFileName());
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      LOG.warn("Cannot write clip {}: {}", out.getFileName(), e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

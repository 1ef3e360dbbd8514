package io.mineseal.edge.support;

import io.mineseal.edge.vision.Frame;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real footage for tests: the bundled clip, pieces cut from it and faults spliced in, by ffmpeg.
 */
public final class Clips {
  public static final Path PEOPLE = Path.of("samples/people.mp4");
  public static final int WIDTH = 768;
  public static final int HEIGHT = 432;

  private Clips() {}

  /** Cuts {@code seconds} from {@code start} of the people clip (re-encoded, H.264). */
  public static Path cut(Path out, double start, double seconds) throws IOException {
    // the index at the front (faststart), so a truncated copy still decodes its first part
    ffmpeg(
        "-ss",
        Double.toString(start),
        "-t",
        Double.toString(seconds),
        "-i",
        PEOPLE.toString(),
        "-an",
        "-c:v",
        "libx264",
        "-preset",
        "veryfast",
        "-g",
        "20",
        "-movflags",
        "+faststart",
        out.toString());
    return out;
  }

  /**
   * The first 6 s of the clip (an empty room) with faults spliced in, 70 s in all: 0-12 normal,
   * 12-20 black (lens covered), 20-26 normal, 26-32 brightness jump, 32-38 normal, 38-46 one frame
   * repeated (frozen), 46-52 normal, 52-64 rotated and shifted (camera moved), 64-70 normal.
   */
  public static Path faults(Path out) throws IOException {
    String graph =
        String.join(
            ";",
            "[0:v]trim=0:6,setpts=PTS-STARTPTS,split=7[a][b][d][f][h][j][src]",
            "[src]split=3[e0][g0][i0]",
            "color=black:s=768x432:r=10:d=8,format=yuv420p[c]",
            "[e0]eq=brightness=0.25,setpts=PTS-STARTPTS[e]",
            "[g0]trim=start_frame=20:end_frame=21,loop=loop=79:size=1:start=0,setpts=N/10/TB[g]",
            "[i0]loop=loop=1:size=60:start=0,rotate=0.15:fillcolor=black,crop=700:400:40:20,scale=768:432,setpts=N/10/TB[i]",
            "[a][b][c][d][e][f][g][h][i][j]concat=n=10:v=1:a=0,fps=10,format=yuv420p[out]");
    filter(graph, out);
    return out;
  }

  /** Nothing moving: four empty stretches of the clip joined (19 s of a still room). */
  public static Path still(Path out) throws IOException {
    String graph =
        String.join(
            ";",
            "[0:v]trim=0:6,setpts=PTS-STARTPTS[a]",
            "[0:v]trim=45.2:50,setpts=PTS-STARTPTS[b]",
            "[0:v]trim=70.2:74.2,setpts=PTS-STARTPTS[c]",
            "[0:v]trim=88:92,setpts=PTS-STARTPTS[d]",
            "[a][b][c][d]concat=n=4:v=1:a=0[out]");
    filter(graph, out);
    return out;
  }

  /** Encodes the people clip through a filter graph whose output is {@code [out]}. */
  private static void filter(String graph, Path out) throws IOException {
    ffmpeg(
        "-i",
        PEOPLE.toString(),
        "-filter_complex",
        graph,
        "-map",
        "[out]",
        "-c:v",
        "libx264",
        "-preset",
        "veryfast",
        "-g",
        "20",
        out.toString());
  }

  /** One frame of the people clip, decoded at full size into a {@link Frame}. */
  public static Frame frame(int index) throws IOException {
    Tools.require("ffmpeg", "ffmpeg");
    Frame frame = new Frame(WIDTH, HEIGHT);
    Process p =
        new ProcessBuilder(
                "ffmpeg",
                "-v",
                "error",
                "-i",
                PEOPLE.toString(),
                "-vf",
                "select=eq(n\\," + index + ")",
                "-frames:v",
                "1",
                "-f",
                "rawvideo",
                "-pix_fmt",
                "bgr24",
                "pipe:1")
            .start();
    try (InputStream in = p.getInputStream()) {
      byte[] b = in.readNBytes(frame.bgr().length);
      if (b.length != frame.bgr().length) {
        throw new IOException("frame " + index + " not decoded");
      }
      System.arraycopy(b, 0, frame.bgr(), 0, b.length);
    }
    frame.stamp(index, index * 100L);
    return frame;
  }

  static void ffmpeg(String... args) throws IOException {
    Tools.require("ffmpeg", "ffmpeg");
    List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("ffmpeg failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}

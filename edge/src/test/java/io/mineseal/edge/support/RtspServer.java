package io.mineseal.edge.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A real RTSP camera: GStreamer's RTSP server serving an H.264 MP4, killed and restarted at will.
 */
public final class RtspServer implements AutoCloseable {
  private static final Path SCRIPT = Path.of("src/test/resources/rtsp_server.py");
  private final int port;
  private final Path clip;
  private Process process;

  public RtspServer(int port, Path clip) {
    this.port = port;
    this.clip = clip;
  }

  public RtspServer start() throws IOException {
    Tools.require("/usr/bin/python3", "python3");
    process =
        new ProcessBuilder(
                "/usr/bin/python3", SCRIPT.toString(), Integer.toString(port), clip.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!"ready".equals(line)) {
      process.destroyForcibly();
      throw new IOException(
          "RTSP server did not start: "
              + line
              + "; it needs the Debian packages python3-gi gir1.2-gst-rtsp-server-1.0"
              + " gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad"
              + " gstreamer1.0-plugins-ugly gstreamer1.0-libav (scripts/test installs them)");
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                out.transferTo(java.io.Writer.nullWriter());
              } catch (IOException e) {
                // the server was killed
              }
            },
            "test-rtsp-drain");
    drain.setDaemon(true);
    drain.start();
    return this;
  }

  public String url() {
    return "rtsp://127.0.0.1:" + port + "/cam";
  }

  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}

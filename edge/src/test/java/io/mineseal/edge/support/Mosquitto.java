package io.mineseal.edge.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/** A real mosquitto process on a free loopback port, which a test can kill and restart. */
public final class Mosquitto implements AutoCloseable {
  private final int port;
  private final Path conf;
  private Process process;

  private Mosquitto(int port, Path conf) {
    this.port = port;
    this.conf = conf;
  }

  /** Starts a plain listener on a free port. */
  public static Mosquitto start(Path dir) throws IOException {
    return start(dir, freePort(), List.of());
  }

  /** Starts with extra lines for the listener (e.g. TLS settings). */
  public static Mosquitto start(Path dir, int port, List<String> listenerLines) throws IOException {
    Tools.require("mosquitto", "mosquitto");
    Path conf = dir.resolve("mosquitto-" + port + ".conf");
    StringBuilder text = new StringBuilder();
    // run as ourselves (as root, mosquitto would switch to a user who cannot write the temp dir)
    text.append("user ").append(System.getProperty("user.name")).append('\n');
    // persistence with a save on every change: a subscriber's session survives kill -9
    text.append("persistence true\npersistence_location ").append(dir).append("/\n");
    text.append("persistence_file mosquitto-").append(port).append(".db\n");
    text.append("autosave_interval 1\nautosave_on_changes true\n");
    text.append("allow_anonymous true\nmax_inflight_messages 0\n");
    text.append("max_queued_messages 100000\nlog_dest stderr\nlog_type error\n");
    text.append("listener ").append(port).append(" 127.0.0.1\n");
    listenerLines.forEach(line -> text.append(line).append('\n'));
    Files.writeString(conf, text);
    Mosquitto m = new Mosquitto(port, conf);
    m.restart();
    return m;
  }

  public void restart() throws IOException {
    process =
        new ProcessBuilder("mosquitto", "-c", conf.toString())
            .redirectErrorStream(true)
            .redirectOutput(conf.resolveSibling(conf.getFileName() + ".log").toFile())
            .start();
    Awaitility.await("mosquitto listening on " + port)
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(this::accepting);
  }

  private boolean accepting() {
    if (!process.isAlive()) {
      throw new IllegalStateException("mosquitto exited: see " + conf + ".log");
    }
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** SIGTERM: the broker saves its sessions and exits. */
  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** SIGKILL: the broker vanishes without a word, as on a power cut. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public int port() {
    return port;
  }

  public String uri() {
    return "tcp://127.0.0.1:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}

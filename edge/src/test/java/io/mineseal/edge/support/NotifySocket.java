package io.mineseal.edge.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real Unix datagram socket in the place of systemd's notify socket (python3's socket module
 * binds it): each message received, newlines shown as {@code |}.
 */
public final class NotifySocket implements AutoCloseable {
  private static final Path SCRIPT = Path.of("src/test/resources/notify_socket.py");
  private final Process process;
  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

  public NotifySocket(String name) throws IOException {
    Tools.require("python3", "python3");
    process =
        new ProcessBuilder("python3", SCRIPT.toString(), name).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    if (!"ready".equals(first)) {
      process.destroyForcibly();
      throw new IOException("notify socket did not bind: " + first);
    }
    Thread reader =
        new Thread(
            () -> {
              try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  messages.add(line);
                }
              } catch (IOException e) {
                // the receiver was stopped
              }
            },
            "test-notify-socket");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next message, or null after {@code seconds}. */
  public String next(long seconds) throws InterruptedException {
    return messages.poll(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}

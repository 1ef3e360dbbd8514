package io.mineseal.edge.lifecycle.systemd;

import io.mineseal.edge.lifecycle.Notifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort when the native binding cannot load: one {@code systemd-notify} process per
 * message, as before. Slower, but a {@code Type=notify} unit still hears READY and the keep-alives
 * instead of restarting a healthy daemon.
 */
final class ForkNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(ForkNotifier.class);
  private final String socketName;

  ForkNotifier(String socketName) {
    this.socketName = socketName;
  }

  @Override
  public boolean active() {
    return true;
  }

  @Override
  public void notify(String... assignments) {
    List<String> cmd =
        new ArrayList<>(List.of("systemd-notify", "--pid=" + ProcessHandle.current().pid()));
    cmd.addAll(List.of(assignments));
    ProcessBuilder b =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    b.environment().put("NOTIFY_SOCKET", socketName);
    try {
      Process p = b.start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    } catch (IOException e) {
      LOG.warn("systemd-notify failed: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {}
}

package io.mineseal.edge.camera.ffmpeg;

import io.mineseal.edge.camera.FrameSource;
import io.mineseal.edge.vision.Frame;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ffmpeg child process writing raw BGR frames to its stdout. A hung or crashed decoder costs
 * only its own process: {@link #abort} kills it and the worker starts a new one.
 */
public final class FfmpegSource implements FrameSource {
  private static final Logger LOG = LoggerFactory.getLogger(FfmpegSource.class);
  private static final int KEPT_LINES = 20;

  private final String cameraId;
  private final List<String> command;
  private final Deque<String> messages = new ArrayDeque<>();
  private Process process;
  private DataInputStream frames;

  public FfmpegSource(String cameraId, List<String> command) {
    this.cameraId = cameraId;
    this.command = List.copyOf(command);
  }

  @Override
  public synchronized void open() throws IOException {
    LOG.debug("Camera {}: {}", cameraId, String.join(" ", command));
    process = new ProcessBuilder(command).start();
    frames = new DataInputStream(process.getInputStream());
    Thread stderr = new Thread(this::drainStderr, "mineseal-ffmpeg-log-" + cameraId);
    stderr.setDaemon(true);
    stderr.start();
  }

  private void drainStderr() {
    Process p;
    synchronized (this) {
      p = process;
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        LOG.debug("ffmpeg {}: {}", cameraId, line);
        synchronized (messages) {
          messages.addLast(line);
          while (messages.size() > KEPT_LINES) {
            messages.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // the process is gone; its last words are already kept
    }
  }

  @Override
  public boolean read(Frame frame) throws IOException {
    try {
      frames.readFully(frame.bgr());
      return true;
    } catch (EOFException e) {
      return false;
    }
  }

  @Override
  public void abort() {
    Process p;
    synchronized (this) {
      p = process;
    }
    if (p != null) {
      p.destroyForcibly();
    }
  }

  @Override
  public List<String> lastMessages() {
    synchronized (messages) {
      return List.copyOf(messages);
    }
  }

  /** The exit status, or null while it runs. */
  public synchronized Integer exitStatus() {
    return process == null || process.isAlive() ? null : process.exitValue();
  }

  @Override
  public void close() {
    abort();
    Process p;
    synchronized (this) {
      p = process;
    }
    if (p != null) {
      try {
        p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

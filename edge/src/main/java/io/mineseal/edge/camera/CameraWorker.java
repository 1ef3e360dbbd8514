package io.mineseal.edge.camera;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.lifecycle.Component;
import io.mineseal.edge.uplink.Backoff;
import io.mineseal.edge.vision.Frame;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One camera on its own thread: starts the decoder, feeds frames through the pipeline, and when the
 * stream dies or stalls kills it, records {@code camera.offline} once, and restarts it with backoff
 * until {@code camera.online}. A stuck camera never delays the others.
 */
public final class CameraWorker implements Component {
  private static final Logger LOG = LoggerFactory.getLogger(CameraWorker.class);

  private final CameraConfig camera;
  private final Supplier<FrameSource> sources;
  private final CameraPipeline pipeline;
  private final EventSink sink;
  private final EventFactory events;
  private final HealthRegistry health;
  private final Clock clock;
  private final ScheduledExecutorService watchdog;
  private final Backoff backoff;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition stopping = lock.newCondition();
  private final String name;
  private volatile boolean running;
  private volatile FrameSource current;
  private volatile long lastFrameNanos;
  private volatile boolean stalled;
  private volatile double fps;
  private final java.util.concurrent.atomic.AtomicLong framesRead =
      new java.util.concurrent.atomic.AtomicLong();
  private Thread thread;
  private ScheduledFuture<?> check;
  private long offlineSince = -1;

  public CameraWorker(
      CameraConfig camera,
      Supplier<FrameSource> sources,
      CameraPipeline pipeline,
      EventSink sink,
      EventFactory events,
      HealthRegistry health,
      ScheduledExecutorService watchdog) {
    this.camera = camera;
    this.sources = sources;
    this.pipeline = pipeline;
    this.sink = sink;
    this.events = events;
    this.health = health;
    this.clock = events.clock();
    this.watchdog = watchdog;
    this.backoff = new Backoff(1, camera.sampling().restartMaxSeconds(), new SplittableRandom());
    this.name = "camera." + camera.id();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void start() {
    running = true;
    health.report(name, Status.DOWN, "starting");
    thread = new Thread(this::loop, "mineseal-camera-" + camera.id());
    thread.setDaemon(true);
    thread.start();
    check = watchdog.scheduleWithFixedDelay(this::checkStall, 1, 1, TimeUnit.SECONDS);
  }

  private void checkStall() {
    FrameSource s = current;
    if (s != null
        && System.nanoTime() - lastFrameNanos > camera.sampling().stallSeconds() * 1_000_000_000L) {
      stalled = true;
      s.abort();
    }
  }

  private void loop() {
    Frame frame = new Frame(camera.sampling().width(), camera.sampling().height());
    long index = 0;
    while (running) {
      health.checkIn(name);
      String reason = null;
      FrameSource source = sources.get();
      stalled = false;
      lastFrameNanos = System.nanoTime();
      current = source;
      try {
        source.open();
        boolean streaming = false;
        long windowStart = System.nanoTime();
        int windowFrames = 0;
        while (running && source.read(frame)) {
          lastFrameNanos = System.nanoTime();
          health.checkIn(name);
          if (!streaming) {
            streaming = true;
            online();
          }
          framesRead.incrementAndGet();
          frame.stamp(index++, clock.millis());
          pipeline.process(frame);
          windowFrames++;
          if (lastFrameNanos - windowStart >= 5_000_000_000L) {
            fps = windowFrames * 1e9 / (lastFrameNanos - windowStart);
            windowStart = lastFrameNanos;
            windowFrames = 0;
          }
        }
        reason =
            stalled ? "no frame for " + camera.sampling().stallSeconds() + " s" : "stream ended";
      } catch (IOException e) {
        reason = "cannot read stream: " + e.getMessage();
      } catch (RuntimeException e) {
        reason = "pipeline error: " + e;
        LOG.error("Camera {} pipeline failed", camera.id(), e);
      } finally {
        current = null;
        source.close();
      }
      if (running) {
        offline(reason, source);
        pause(backoff.nextDelayMillis());
      }
    }
  }

  private void online() {
    pipeline.restart();
    backoff.reset();
    if (offlineSince >= 0) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("outageSeconds", (clock.millis() - offlineSince) / 1000.0);
      sink.record(
          events.of(EventType.CAMERA_ONLINE, Source.camera(camera.id())).details(details).build());
      offlineSince = -1;
    }
    health.report(name, Status.UP, "streaming");
    LOG.info("Camera {} is streaming", camera.id());
  }

  private void offline(String reason, FrameSource source) {
    fps = 0;
    String last = String.join(" | ", source.lastMessages());
    LOG.warn(
        "Camera {} offline: {}; decoder said: {}",
        camera.id(),
        reason,
        last.isEmpty() ? "-" : last);
    health.report(name, Status.DOWN, reason);
    if (offlineSince < 0) {
      offlineSince = clock.millis();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("reason", reason);
      if (!last.isEmpty()) {
        details.put("decoder", last.length() > 500 ? last.substring(last.length() - 500) : last);
      }
      sink.record(
          events.of(EventType.CAMERA_OFFLINE, Source.camera(camera.id())).details(details).build());
    }
  }

  private void pause(long millis) {
    lock.lock();
    try {
      if (running) {
        stopping.await(millis, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  /** Frames per second over the last few seconds; 0 while offline. */
  public double fps() {
    return fps;
  }

  /** Frames read since start, across restarts. */
  public long framesRead() {
    return framesRead.get();
  }

  public CameraConfig camera() {
    return camera;
  }

  public CameraPipeline pipeline() {
    return pipeline;
  }

  @Override
  public void stop() {
    running = false;
    if (check != null) {
      check.cancel(false);
    }
    FrameSource s = current;
    if (s != null) {
      s.abort();
    }
    lock.lock();
    try {
      stopping.signalAll();
    } finally {
      lock.unlock();
    }
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!thread.isAlive()) {
      pipeline.close(); // native buffers: never freed under a thread that may still use them
    }
  }
}

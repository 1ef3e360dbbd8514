package io.mineseal.edge.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mineseal.edge.camera.ffmpeg.FfmpegCommand;
import io.mineseal.edge.camera.ffmpeg.FfmpegSource;
import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.daemon.Pipelines;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.evidence.EvidenceSink;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.lifecycle.NamedThreads;
import io.mineseal.edge.policy.Occupancy;
import io.mineseal.edge.support.Clips;
import io.mineseal.edge.support.Events;
import io.mineseal.edge.support.Mosquitto;
import io.mineseal.edge.support.RtspServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Camera workers on real ffmpeg processes: a real RTSP camera killed and restarted, bad streams.
 */
class CameraWorkerIT {
  @TempDir Path dir;
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final EventSink sink =
      e -> {
        events.add(e);
        return e;
      };
  private final HealthRegistry health = new HealthRegistry(Clock.systemUTC());
  private final ScheduledExecutorService watchdog = NamedThreads.scheduler("test-watchdog");
  private final List<CameraWorker> workers = new ArrayList<>();

  @AfterEach
  void stop() {
    workers.forEach(CameraWorker::stop);
    watchdog.shutdownNow();
  }

  private MineSealConfig config(String... urls) throws Exception {
    StringBuilder yaml =
        new StringBuilder(
            "device: {siteId: s, deviceId: d, dataDir: data}\nuplink: {enabled: false}\n");
    yaml.append("detector: {enabled: false}\ncameras:\n");
    for (int i = 0; i < urls.length; i++) {
      yaml.append("  - {id: cam")
          .append(i)
          .append(", url: '")
          .append(urls[i])
          .append(
              "', loop: true, fps: 5, width: 384, height: 216, stallSeconds: 3, restartMaxSeconds: 2}\n");
    }
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, yaml);
    return ConfigLoader.load(file);
  }

  private CameraWorker start(MineSealConfig config, CameraConfig camera) {
    Pipelines.Context context =
        new Pipelines.Context(
            sink, Events.factory(), new Occupancy(null), null, null, EvidenceSink.NONE, null);
    CameraWorker w =
        new CameraWorker(
            camera,
            () -> new FfmpegSource(camera.id(), FfmpegCommand.build(camera, null, false)),
            Pipelines.create(config, camera, context),
            sink,
            Events.factory(),
            health,
            watchdog);
    w.start();
    workers.add(w);
    return w;
  }

  private long count(String camera, EventType type) {
    return events.stream().filter(e -> e.type() == type && e.source().id().equals(camera)).count();
  }

  @Test
  void a_killed_rtsp_camera_goes_offline_and_back_online_without_touching_the_other()
      throws Exception {
    int port = Mosquitto.freePort();
    Path clip = Clips.PEOPLE.toAbsolutePath();
    try (RtspServer server = new RtspServer(port, clip).start()) {
      MineSealConfig config = config(server.url(), "file://" + clip);
      CameraWorker rtsp = start(config, config.cameras().get(0));
      CameraWorker file = start(config, config.cameras().get(1));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> rtsp.framesRead() > 10 && file.framesRead() > 10);

      server.kill();
      long killedAt = System.nanoTime();
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> count("cam0", EventType.CAMERA_OFFLINE) == 1);
      double offlineAfter = (System.nanoTime() - killedAt) / 1e9;
      assertThat(offlineAfter)
          .as("within stallSeconds plus the decoder's own timeout")
          .isLessThan(12);
      long fileFrames = file.framesRead();
      await().atMost(Duration.ofSeconds(5)).until(() -> file.framesRead() > fileFrames + 10);

      server.start();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> count("cam0", EventType.CAMERA_ONLINE) == 1);
      long rtspFrames = rtsp.framesRead();
      await().atMost(Duration.ofSeconds(10)).until(() -> rtsp.framesRead() > rtspFrames + 5);
      assertThat(count("cam0", EventType.CAMERA_OFFLINE)).as("one outage, one event").isEqualTo(1);
      assertThat(count("cam1", EventType.CAMERA_OFFLINE)).isZero();
      Event online =
          events.stream()
              .filter(e -> e.type() == EventType.CAMERA_ONLINE)
              .findFirst()
              .orElseThrow();
      assertThat(((Number) online.details().get("outageSeconds")).doubleValue()).isPositive();
    }
  }

  @Test
  void random_bytes_and_a_silent_url_give_offline_events_and_the_worker_keeps_trying()
      throws Exception {
    Path junk = dir.resolve("junk.mp4");
    byte[] bytes = new byte[100_000];
    new java.util.Random(5).nextBytes(bytes);
    Files.write(junk, bytes);
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread accept =
          new Thread(
              () -> {
                List<java.net.Socket> held = new ArrayList<>();
                try {
                  while (true) {
                    held.add(silent.accept());
                  }
                } catch (java.io.IOException e) {
                  // closed at the end of the test
                }
              },
              "test-silent-server");
      accept.setDaemon(true);
      accept.start();
      MineSealConfig config =
          config("file://" + junk, "rtsp://127.0.0.1:" + silent.getLocalPort() + "/never");
      CameraWorker junkWorker = start(config, config.cameras().get(0));
      CameraWorker silentWorker = start(config, config.cameras().get(1));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  count("cam0", EventType.CAMERA_OFFLINE) == 1
                      && count("cam1", EventType.CAMERA_OFFLINE) == 1);
      Event junkOffline =
          events.stream().filter(e -> e.source().id().equals("cam0")).findFirst().orElseThrow();
      assertThat(junkOffline.details().get("reason").toString()).isNotBlank();
      assertThat(junkWorker.framesRead()).isZero();
      assertThat(silentWorker.framesRead()).isZero();
      assertThat(health.snapshot())
          .allMatch(h -> h.status() == io.mineseal.edge.health.Status.DOWN);
    }
  }
}

package io.mineseal.edge.evidence.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mineseal.edge.camera.ffmpeg.Binaries;
import io.mineseal.edge.camera.ffmpeg.Probe;
import io.mineseal.edge.evidence.ffmpeg.ClipWriter;
import io.mineseal.edge.lifecycle.NamedThreads;
import io.mineseal.edge.support.Clips;
import io.mineseal.edge.vision.Box;
import io.mineseal.edge.vision.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots and clips from real frames, encoded by a real ffmpeg. */
class OpenCvEvidenceIT {
  @TempDir Path dir;

  @Test
  void an_event_gets_a_jpeg_with_its_box_and_an_h264_clip_from_before_to_after() throws Exception {
    ExecutorService encoder =
        Executors.newSingleThreadExecutor(NamedThreads.factory("test-evidence"));
    OpenCvEvidence evidence =
        new OpenCvEvidence(dir, 2, 2, new ClipWriter(encoder, Binaries.ffmpeg()));
    Frame person = Clips.frame(120);
    for (int i = 0; i < 25; i++) {
      person.stamp(i, i * 100L);
      evidence.offer(person);
    }
    Box box = new Box(390, 10, 120, 400, 0.98, Box.PERSON);
    List<String> ids = evidence.capture("evt-1", person, List.of(box));
    assertThat(ids).containsExactly("evt-1.jpg", "evt-1.mp4");
    for (int i = 25; i < 50; i++) {
      person.stamp(i, i * 100L);
      evidence.offer(person);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(dir.resolve("evt-1.mp4")));
    byte[] jpeg = Files.readAllBytes(dir.resolve("evt-1.jpg"));
    assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
    assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
    Probe clip = Probe.of(dir.resolve("evt-1.mp4").toString());
    assertThat(clip.width()).isEqualTo(768);
    assertThat(clip.height()).isEqualTo(432);
    evidence.close();
    encoder.shutdown();
  }
}

package io.mineseal.edge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The technician's commands that need real parts: preview on a real stream, status without a
 * daemon.
 */
class CliIT {
  private static final String DEMO = "../config/demo.yaml";
  @TempDir Path dir;

  @Test
  void preview_grabs_a_live_frame_and_draws_the_zones_and_lines() throws Exception {
    Path png = dir.resolve("preview.png");
    assertThat(
            Main.execute(
                "preview", "--config", DEMO, "--camera", "entrance", "--out", png.toString()))
        .isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(768);
    assertThat(image.getHeight()).isEqualTo(432);
    // the way-in line at y = 0.65 is drawn in magenta across the left part of the picture
    int rgb = image.getRGB(100, (int) Math.round(0.65 * 432));
    assertThat((rgb >> 16) & 0xff).isGreaterThan(200);
    assertThat(rgb & 0xff).isGreaterThan(200);
    assertThat((rgb >> 8) & 0xff).isLessThan(60);
  }

  @Test
  void preview_can_retake_the_reference_view_for_camera_moved() throws Exception {
    Path config = dir.resolve("ref.yaml");
    Files.writeString(
        config,
        """
        device: {siteId: s, deviceId: d, dataDir: data}
        uplink: {enabled: false}
        cameras:
          - {id: cam1, url: 'file://%s', fps: 10, width: 768, height: 432}
        """
            .formatted(Path.of("samples/people.mp4").toAbsolutePath()));
    Path reference = dir.resolve("data/reference/cam1.png");
    assertThat(
            Main.execute(
                "preview",
                "--config",
                config.toString(),
                "--camera",
                "cam1",
                "--out",
                dir.resolve("p.png").toString(),
                "--set-reference"))
        .isZero();
    BufferedImage saved = ImageIO.read(reference.toFile());
    assertThat(saved.getWidth()).isEqualTo(160);
  }

  @Test
  void preview_of_an_unknown_camera_is_a_config_error() {
    assertThat(
            Main.execute(
                "preview",
                "--config",
                DEMO,
                "--camera",
                "nope",
                "--out",
                dir.resolve("x.png").toString()))
        .isEqualTo(Main.EXIT_CONFIG);
  }

  @Test
  void status_without_a_running_daemon_says_so_with_exit_3() throws Exception {
    Path config = dir.resolve("s.yaml");
    Files.writeString(
        config,
        """
        device: {siteId: s, deviceId: d, dataDir: data}
        uplink: {enabled: false}
        health: {httpPort: 1}
        """
            .replace("httpPort: 1", "httpPort: " + io.mineseal.edge.support.Mosquitto.freePort()));
    assertThat(Main.execute("status", "--config", config.toString())).isEqualTo(3);
  }

  @Test
  void every_command_has_help() {
    for (String command :
        new String[] {
          "run", "check-config", "replay", "preview", "watch", "status", "hw-test", "version"
        }) {
      assertThat(Main.execute(command, "--help")).as(command).isZero();
    }
  }
}

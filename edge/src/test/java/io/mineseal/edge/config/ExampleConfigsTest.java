package io.mineseal.edge.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExampleConfigsTest {
  static final Path CONFIG_DIR = Path.of("../config");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(CONFIG_DIR)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void there_are_examples_for_the_typical_sites() throws IOException {
    assertThat(examples().map(p -> p.getFileName().toString()).toList())
        .contains("shaft-single-camera.yaml", "site-two-cameras-hoist-gate.yaml", "demo.yaml");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_example_config_is_valid(Path file) throws Exception {
    MineSealConfig config = ConfigLoader.load(file);
    assertThat(config.device().deviceId()).isNotBlank();
    assertThat(config.cameras()).isNotEmpty();
    assertThat(Main.execute("check-config", file.toString())).isZero();
  }

  @Test
  void the_two_camera_site_has_a_hoist_lock_a_siren_and_a_vehicle_gate() throws Exception {
    MineSealConfig c = ConfigLoader.load(CONFIG_DIR.resolve("site-two-cameras-hoist-gate.yaml"));
    assertThat(c.cameras()).hasSize(2);
    assertThat(c.inputs()).extracting(InputConfig::kind).contains(InputConfig.Kind.LOCK);
    assertThat(c.outputs()).extracting(OutputConfig::kind).contains(OutputConfig.Kind.SIREN);
    List<ZoneConfig.Kind> kinds =
        c.cameras().stream().flatMap(cam -> cam.zones().stream()).map(ZoneConfig::kind).toList();
    assertThat(kinds).contains(ZoneConfig.Kind.VEHICLE, ZoneConfig.Kind.SEALED);
  }
}

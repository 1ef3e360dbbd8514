package io.mineseal.edge.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.config.MineSealConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's YAML, and its check in place in a real config file by the config loader. */
class SnippetsTest {
  @TempDir Path dir;

  /** Two cameras, a maintenance window with unquoted times, an input tied to a zone. */
  private Path config() throws Exception {
    Path file = dir.resolve("site.yaml");
    Files.writeString(
        file,
        """
        device: {siteId: s, deviceId: d, dataDir: data, inputProvider: none}
        uplink: {enabled: false}
        policy:
          maintenance:
            - {from: 2026-05-01T08:00:00Z, to: 2026-05-01T10:00:00Z, reason: belt repair}
        inputs:
          - {id: door, kind: door, pin: 17, zone: shaft}
        cameras:
          - id: gate
            url: rtsp://192.0.2.1/gate
          - id: mouth
            url: rtsp://192.0.2.1/mouth
            zones:
              - id: shaft
                points: [[0.1, 0.1], [0.9, 0.1], [0.9, 0.9]]
        """);
    return file;
  }

  private static Snippets.Shapes zone(String id, double[][] points) {
    List<List<Double>> p = java.util.Arrays.stream(points).map(a -> List.of(a[0], a[1])).toList();
    return new Snippets.Shapes(
        List.of(new Snippets.Zone(id, "sealed", null, p)), List.of(), List.of());
  }

  @Test
  void drawn_shapes_become_yaml_in_fractions_at_the_indentation_of_a_camera_key() {
    Snippets.Shapes s =
        new Snippets.Shapes(
            List.of(
                new Snippets.Zone(
                    "hoist",
                    "equipment",
                    false,
                    List.of(List.of(0.1234, 0.5), List.of(1.0, 0.5), List.of(1.0, 1.0)))),
            List.of(
                new Snippets.Line(
                    "door-line", List.of(0.0, 0.7), List.of(1.0, 0.7), "right", "hoist")),
            List.of(List.of(List.of(0.0, 0.0), List.of(0.3, 0.0), List.of(0.3, 0.08))));
    assertThat(Snippets.yaml(s))
        .isEqualTo(
            """
                zones:
                  - id: hoist
                    kind: equipment
                    armed: false
                    points: [[0.123, 0.5], [1.0, 0.5], [1.0, 1.0]]
                lines:
                  - id: door-line
                    from: [0.0, 0.7]
                    to: [1.0, 0.7]
                    inSide: right
                    zone: hoist
                masks:
                  - [[0.0, 0.0], [0.3, 0.0], [0.3, 0.08]]
            """);
  }

  @Test
  void a_good_zone_checks_clean_and_the_pasted_file_loads_with_it() throws Exception {
    Path file = config();
    String before = Files.readString(file);
    String yaml = Snippets.yaml(zone("yard", new double[][] {{0.2, 0.2}, {0.6, 0.2}, {0.4, 0.8}}));
    assertThat(Snippets.check(file, "gate", yaml)).isEmpty();
    assertThat(Files.readString(file)).as("the console never writes the config").isEqualTo(before);
    Path pasted = dir.resolve("pasted.yaml");
    Files.writeString(
        pasted,
        before.replace(
            "    url: rtsp://192.0.2.1/gate\n", "    url: rtsp://192.0.2.1/gate\n" + yaml));
    MineSealConfig c = ConfigLoader.load(pasted);
    assertThat(c.camera("gate").zones()).hasSize(1);
    assertThat(c.camera("gate").zones().get(0).area().points().get(2).y()).isEqualTo(0.8);
    assertThat(c.policy().maintenance()).hasSize(1);
  }

  @Test
  void problems_name_the_key_path_in_the_config_with_the_snippet_in_place() throws Exception {
    Path file = config();
    Snippets.Shapes bad =
        new Snippets.Shapes(
            List.of(
                new Snippets.Zone(
                    "two-points", "sealed", null, List.of(List.of(0.1, 0.1), List.of(0.2, 0.2)))),
            List.of(
                new Snippets.Line("l", List.of(0.5, 0.5), List.of(0.5, 0.5), "left", "nowhere")),
            List.of());
    List<Snippets.Problem> problems = Snippets.check(file, "mouth", Snippets.yaml(bad));
    assertThat(problems)
        .extracting(Snippets.Problem::path)
        .contains(
            "cameras[1].zones[0].points", "cameras[1].lines[0].to", "cameras[1].lines[0].zone");
    assertThat(problems)
        .as("replacing mouth's zones drops zone shaft that input door names")
        .extracting(Snippets.Problem::path)
        .contains("inputs[0].zone");
  }

  @Test
  void odd_ids_are_quoted_so_the_yaml_stays_one_value_and_the_id_rule_reports_them()
      throws Exception {
    Path file = config();
    String yaml = Snippets.yaml(zone("a: b", new double[][] {{0.1, 0.1}, {0.5, 0.1}, {0.5, 0.5}}));
    assertThat(yaml).contains("- id: \"a: b\"");
    assertThat(Snippets.check(file, "gate", yaml))
        .extracting(Snippets.Problem::path, Snippets.Problem::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cameras[0].zones[0].id", "a: b"));
    assertThat(Snippets.yaml(zone("yes", new double[][] {{0, 0}, {1, 0}, {1, 1}})))
        .contains("- id: \"yes\"");
  }

  @Test
  void the_current_shapes_of_a_camera_round_trip_unchanged() throws Exception {
    Path file = config();
    MineSealConfig c = ConfigLoader.load(file);
    Snippets.Shapes now = Snippets.of(c.camera("mouth"));
    assertThat(now.zones()).extracting(Snippets.Zone::id).containsExactly("shaft");
    assertThat(Snippets.check(file, "mouth", Snippets.yaml(now))).isEmpty();
  }

  @Test
  void an_unknown_camera_is_a_problem_not_an_exception() throws Exception {
    assertThat(Snippets.check(config(), "nope", "    zones: []\n"))
        .extracting(Snippets.Problem::rule)
        .containsExactly("no camera nope in the config");
  }
}

package io.mineseal.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mineseal.edge.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigValidationTest {
  @TempDir Path dir;

  /** A valid file; each case replaces one line (or appends) to break exactly one rule. */
  static final String VALID =
      """
      device:
        siteId: site-1
        deviceId: edge-1
      uplink:
        serverUris: [tcp://127.0.0.1:1883]
      cameras:
        - id: cam1
          url: rtsp://10.0.0.2/stream
          fps: 5
          zones:
            - id: shaft
              points: [[0.1, 0.1], [0.9, 0.1], [0.5, 0.9]]
          lines:
            - id: l1
              from: [0.0, 0.5]
              to: [1.0, 0.5]
              zone: shaft
      inputs:
        - id: door1
          kind: door
          pin: 17
      outputs:
        - id: siren
          kind: siren
          pin: 23
          triggers: [person.entered]
      """;

  static Stream<Arguments> malformed() {
    return CASES.stream();
  }

  /** name, mutation of {@link #VALID}, expected key path, expected line. */
  private static final List<Arguments> CASES =
      List.of(
          bad("unknown top-level key", "colour: red\n", "colour", 27),
          bad(
              "unknown key in device",
              replace("  deviceId: edge-1", "  deviceId: edge-1\n  name: x"),
              "device.name",
              4),
          bad("missing siteId", replace("  siteId: site-1\n", ""), "device.siteId", 2),
          bad(
              "missing device section",
              replace("device:\n  siteId: site-1\n  deviceId: edge-1\n", ""),
              "device",
              1),
          bad(
              "id with spaces",
              replace("deviceId: edge-1", "deviceId: edge 1"),
              "device.deviceId",
              3),
          bad(
              "bad time zone",
              replace("  deviceId: edge-1", "  deviceId: edge-1\n  timezone: Mars/Base"),
              "device.timezone",
              4),
          bad("fps not a number", replace("fps: 5", "fps: five"), "cameras[0].fps", 9),
          bad("fps out of range", replace("fps: 5", "fps: 500"), "cameras[0].fps", 9),
          bad("fps fractional", replace("fps: 5", "fps: 2.5"), "cameras[0].fps", 9),
          bad(
              "camera url scheme",
              replace("rtsp://10.0.0.2/stream", "http://10.0.0.2/stream"),
              "cameras[0].url",
              8),
          bad(
              "camera url missing",
              replace("    url: rtsp://10.0.0.2/stream\n", ""),
              "cameras[0].url",
              7),
          bad(
              "video file missing",
              replace("rtsp://10.0.0.2/stream", "file://no-such.mp4"),
              "cameras[0].url",
              8),
          bad(
              "zone with two points",
              replace("[[0.1, 0.1], [0.9, 0.1], [0.5, 0.9]]", "[[0.1, 0.1], [0.9, 0.1]]"),
              "cameras[0].zones[0].points",
              12),
          bad(
              "point out of range",
              replace("[0.5, 0.9]]", "[0.5, 1.9]]"),
              "cameras[0].zones[0].points[2][1]",
              12),
          bad(
              "point with three numbers",
              replace("[0.5, 0.9]]", "[0.5, 0.9, 1]]"),
              "cameras[0].zones[0].points[2]",
              12),
          bad(
              "line ends coincide",
              replace("to: [1.0, 0.5]", "to: [0.0, 0.5]"),
              "cameras[0].lines[0].to",
              16),
          bad(
              "line refers to unknown zone",
              replace("zone: shaft", "zone: nowhere"),
              "cameras[0].lines[0].zone",
              17),
          bad(
              "zone kind unknown",
              replace("- id: shaft", "- id: shaft\n        kind: sealedd"),
              "cameras[0].zones[0].kind",
              12),
          bad(
              "duplicate camera id",
              replace("inputs:", "  - id: cam1\n    url: rtsp://10.0.0.3/s\ninputs:"),
              "cameras[1].id",
              18),
          bad(
              "duplicate input id",
              replace("outputs:", "  - {id: door1, kind: door, pin: 18}\noutputs:"),
              "inputs[1].id",
              22),
          bad(
              "two inputs on one pin",
              replace("outputs:", "  - {id: door2, kind: door, pin: 17}\noutputs:"),
              "inputs[1].pin",
              22),
          bad("output on an input's pin", replace("pin: 23", "pin: 17"), "outputs[0].pin", 25),
          bad("pin out of range", replace("pin: 17", "pin: 40"), "inputs[0].pin", 21),
          bad("input kind missing", replace("    kind: door\n", ""), "inputs[0].kind", 19),
          bad("input kind unknown", replace("kind: door", "kind: dooor"), "inputs[0].kind", 20),
          bad(
              "debounce wrong type",
              replace("pin: 17", "pin: 17\n    debounceMillis: [1]"),
              "inputs[0].debounceMillis",
              22),
          bad(
              "unknown trigger",
              replace("[person.entered]", "[person.enterd]"),
              "outputs[0].triggers[0]",
              26),
          bad(
              "broker URI scheme",
              replace("tcp://127.0.0.1:1883", "http://127.0.0.1"),
              "uplink.serverUris[0]",
              5),
          bad("no broker", replace("[tcp://127.0.0.1:1883]", "[]"), "uplink.serverUris", 5),
          bad(
              "secrets file missing",
              replace("  serverUris:", "  passwordFile: /no/such/secret\n  serverUris:"),
              "uplink.passwordFile",
              5),
          bad(
              "boolean expected",
              replace("  serverUris:", "  requirePlatformAck: maybe\n  serverUris:"),
              "uplink.requirePlatformAck",
              5),
          bad("cameras not a list", replace("cameras:\n", "cameras: 3\nx:\n"), "cameras", 6),
          bad(
              "duplicate key",
              replace("  deviceId: edge-1", "  deviceId: edge-1\n  deviceId: edge-2"),
              "device.deviceId",
              4),
          bad(
              "maintenance ends before it starts",
              "policy:\n  maintenance:\n    - {from: 2026-05-01T10:00:00Z, to: 2026-05-01T09:00:00Z, reason: test}\n",
              "policy.maintenance[0].to",
              29),
          bad(
              "profile time malformed",
              "policy:\n  profiles:\n    - {name: night, from: '25:00', to: '07:00'}\n",
              "policy.profiles[0].from",
              29),
          bad(
              "simulation names unknown input",
              "simulation:\n  timeline:\n    - {atSeconds: 1, input: ghost}\n",
              "simulation.timeline[0].input",
              29),
          bad("YAML syntax error", "cameras: [\n", "", 28));

  private static Arguments bad(String name, Object mutation, String path, int line) {
    return Arguments.of(name, mutation, path, line);
  }

  private static java.util.function.UnaryOperator<String> replace(String from, String to) {
    return text -> {
      assertThat(text).contains(from);
      return text.replace(from, to);
    };
  }

  @SuppressWarnings("unchecked")
  private static String apply(Object mutation) {
    if (mutation instanceof String appended) {
      return VALID + appended;
    }
    return ((java.util.function.UnaryOperator<String>) mutation).apply(VALID);
  }

  @Test
  void the_base_file_is_valid() throws Exception {
    Path file = write(VALID);
    MineSealConfig config = ConfigLoader.load(file);
    assertThat(config.cameras()).hasSize(1);
    assertThat(config.cameras().get(0).sampling().fps()).isEqualTo(5);
    assertThat(config.inputs().get(0).debounceMillis()).isEqualTo(50);
    assertThat(config.hash()).hasSize(64);
    assertThat(Main.execute("check-config", file.toString())).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejects_malformed_configuration_naming_path_and_line(
      String name, Object mutation, String path, int line) throws IOException {
    Path file = write(apply(mutation));
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              List<ConfigError> matching =
                  e.errors().stream().filter(err -> err.path().equals(path)).toList();
              assertThat(matching).as("errors: %s", e.getMessage()).isNotEmpty();
              assertThat(matching.get(0).line()).as(e.getMessage()).isEqualTo(line);
              assertThat(matching.get(0).file()).isEqualTo(file.toString());
              assertThat(matching.get(0).rule()).isNotBlank();
            });
    assertThat(Main.execute("check-config", file.toString())).isEqualTo(Main.EXIT_CONFIG);
  }

  @Test
  void reports_every_error_at_once_sorted_by_line() throws IOException {
    Path file =
        write(
            VALID
                .replace("fps: 5", "fps: 0")
                .replace("pin: 17", "pin: 99")
                .replace("siteId: site-1", "siteId: ''"));
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(ConfigError::path)
                  .containsExactly("device.siteId", "cameras[0].fps", "inputs[0].pin");
              assertThat(e.getMessage())
                  .contains(file + ":9:")
                  .contains("must be a whole number from 1 to 30");
            });
  }

  @Test
  void warns_about_a_secret_file_readable_by_others() throws Exception {
    Path secret = dir.resolve("pw");
    Files.writeString(secret, "x");
    Files.setPosixFilePermissions(
        secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    Path file = write(VALID.replace("  serverUris:", "  passwordFile: pw\n  serverUris:"));
    ConfigLoader.Loaded loaded = ConfigLoader.loadWithWarnings(file);
    assertThat(loaded.warnings())
        .extracting(ConfigError::path)
        .containsExactly("uplink.passwordFile");
    assertThat(loaded.config().uplink().passwordFile()).isEqualTo(secret);
  }

  @Test
  void the_hash_ignores_comments_and_layout_but_not_values() throws Exception {
    String a = ConfigLoader.load(write(VALID)).hash();
    String b =
        ConfigLoader.load(write("# a comment\n" + VALID.replace("fps: 5", "fps:    5   # five")))
            .hash();
    String c = ConfigLoader.load(write(VALID.replace("fps: 5", "fps: 6"))).hash();
    assertThat(b).isEqualTo(a);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void rejects_invalid_utf8_and_empty_files() throws IOException {
    Path binary = dir.resolve("bin.yaml");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    assertThatThrownBy(() -> ConfigLoader.load(binary)).hasMessageContaining("not valid UTF-8");
    Path empty = write("");
    assertThatThrownBy(() -> ConfigLoader.load(empty)).hasMessageContaining("file is empty");
  }

  private int counter;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("config-" + counter++ + ".yaml");
    Files.writeString(file, text);
    return file;
  }
}

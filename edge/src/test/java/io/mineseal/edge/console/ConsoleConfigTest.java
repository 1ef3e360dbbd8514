package io.mineseal.edge.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mineseal.edge.config.ConfigError;
import io.mineseal.edge.config.ConfigException;
import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.config.MineSealConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's configuration keys and the rule that LAN access needs a password. */
class ConsoleConfigTest {
  @TempDir Path dir;

  private Path write(String health) throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(
        file,
        "device: {siteId: s, deviceId: d, dataDir: data, inputProvider: none}\n"
            + "uplink: {enabled: false}\n"
            + "health:\n"
            + health);
    return file;
  }

  @Test
  void defaults_are_loopback_without_a_password() throws Exception {
    MineSealConfig c = ConfigLoader.load(write("  httpPort: 9109\n"));
    assertThat(c.health().lanAccess()).isFalse();
    assertThat(c.health().console().enabled()).isTrue();
    assertThat(c.health().console().passwordFile()).isNull();
    assertThat(c.health().console().maxLoginFailures()).isEqualTo(5);
  }

  @Test
  void a_lan_address_without_a_password_file_is_an_error_on_http_bind() throws Exception {
    assertThatThrownBy(() -> ConfigLoader.load(write("  httpBind: 0.0.0.0\n")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.errors())
                    .extracting(ConfigError::path, ConfigError::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("health.httpBind", 4)));
  }

  @Test
  void a_lan_address_with_a_password_file_loads_and_a_missing_file_is_named() throws Exception {
    Files.writeString(dir.resolve("console-password"), "pw\n");
    MineSealConfig c =
        ConfigLoader.load(
            write("  httpBind: 0.0.0.0\n  console: {passwordFile: console-password}\n"));
    assertThat(c.health().lanAccess()).isTrue();
    assertThat(c.health().console().passwordFile()).isEqualTo(dir.resolve("console-password"));
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    write("  httpBind: 0.0.0.0\n  console: {passwordFile: nothere}\n")))
        .hasMessageContaining("health.console.passwordFile")
        .hasMessageContaining("file does not exist");
  }

  @Test
  void bounds_unknown_keys_and_bind_text_are_checked() throws Exception {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    write(
                        "  httpBind: my-laptop\n"
                            + "  console: {refreshSeconds: 0, lockoutSeconds: 5, colour: red}\n")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.errors())
                    .extracting(ConfigError::path)
                    .contains(
                        "health.httpBind",
                        "health.console.refreshSeconds",
                        "health.console.lockoutSeconds",
                        "health.console.colour"));
  }
}

package io.mineseal.edge.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A test that needs a missing program fails with the Debian package to install. */
class ToolsTest {
  @Test
  void a_missing_program_names_its_debian_package_and_a_present_one_is_found() {
    assertThatThrownBy(() -> Tools.require("mineseal-no-such-tool", "mineseal-no-such-package"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Debian package mineseal-no-such-package")
        .hasMessageContaining("sudo apt-get install -y mineseal-no-such-package");
    assertThat(Tools.require("sh", "dash")).endsWith("/sh");
  }
}

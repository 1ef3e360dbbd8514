package io.mineseal.edge.config;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/** Collects errors and warnings while one file is read, so all are reported at once. */
final class Problems {
  private final String file;
  private final List<ConfigError> errors = new ArrayList<>();
  private final List<ConfigError> warnings = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void error(Mark mark, String path, String value, String rule) {
    addOnce(errors, entry(mark, path, value, rule));
  }

  void warning(Mark mark, String path, String value, String rule) {
    addOnce(warnings, entry(mark, path, value, rule));
  }

  private static void addOnce(List<ConfigError> list, ConfigError entry) {
    if (!list.contains(entry)) {
      list.add(entry);
    }
  }

  private ConfigError entry(Mark mark, String path, String value, String rule) {
    int line = mark == null ? 0 : mark.getLine() + 1;
    int column = mark == null ? 0 : mark.getColumn() + 1;
    return new ConfigError(file, line, column, path, value, rule);
  }

  List<ConfigError> errors() {
    return errors;
  }

  List<ConfigError> warnings() {
    return warnings;
  }
}

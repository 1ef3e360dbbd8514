package io.mineseal.edge.config;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a configuration file has one or more errors; carries all of them. */
public final class ConfigException extends Exception {
  private final transient List<ConfigError> errors;

  public ConfigException(List<ConfigError> errors) {
    this(sorted(errors), true);
  }

  private ConfigException(List<ConfigError> sorted, boolean unused) {
    super(sorted.stream().map(ConfigError::format).collect(Collectors.joining("\n")));
    this.errors = sorted;
  }

  private static List<ConfigError> sorted(List<ConfigError> errors) {
    return errors.stream()
        .sorted(Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column))
        .toList();
  }

  public List<ConfigError> errors() {
    return errors;
  }
}

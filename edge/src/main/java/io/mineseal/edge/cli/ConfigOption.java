package io.mineseal.edge.cli;

import io.mineseal.edge.config.ConfigError;
import io.mineseal.edge.config.ConfigException;
import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.config.MineSealConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --config} option and the one way every command loads and reports a config. */
final class ConfigOption {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Configuration file (default: ${DEFAULT-VALUE}).")
  Path file = ConfigLoader.DEFAULT_PATH;

  /** Loads the config, printing warnings; returns null after printing errors. */
  static MineSealConfig loadOrReport(Path file) {
    try {
      ConfigLoader.Loaded loaded = ConfigLoader.loadWithWarnings(file);
      for (ConfigError warning : loaded.warnings()) {
        System.err.println("warning: " + warning.format());
      }
      return loaded.config();
    } catch (ConfigException e) {
      System.err.println(file + ": " + e.errors().size() + " error(s) in configuration:");
      for (ConfigError error : e.errors()) {
        System.err.println("  " + error.format());
      }
      return null;
    }
  }
}

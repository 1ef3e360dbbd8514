package io.mineseal.edge.config;

/** One problem found in a configuration file, located by line, column and key path. */
public record ConfigError(
    String file, int line, int column, String path, String value, String rule) {

  /**
   * The technician-facing line, e.g. {@code site.yaml:12:7: cameras[1].fps = "abc": must be ...}.
   */
  public String format() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    String shown = value == null ? "" : " = \"" + value + "\"";
    return where + ": " + (path.isEmpty() ? "(file)" : path) + shown + ": " + rule;
  }
}

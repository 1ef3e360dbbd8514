package io.mineseal.edge.cli;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.config.OutputConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Validates a configuration file and prints a one-screen summary. */
@Command(
    mixinStandardHelpOptions = true,
    name = "check-config",
    description = {
      "Validate a configuration file and print what it sets up.",
      "Exit status 0 when valid, 2 when not (every error is listed with file:line:column)."
    })
final class CheckConfigCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The configuration file to check.")
  Path file;

  @Override
  public Integer call() {
    MineSealConfig config = ConfigOption.loadOrReport(file);
    if (config == null) {
      return Main.EXIT_CONFIG;
    }
    print(config);
    return 0;
  }

  static void print(MineSealConfig c) {
    System.out.printf("%s: OK%n", c.file());
    System.out.printf(
        "  device   %s / %s, data in %s, time zone %s, inputs from %s%n",
        c.device().siteId(),
        c.device().deviceId(),
        c.device().dataDir(),
        c.device().timezone(),
        c.device().inputProvider().name().toLowerCase());
    System.out.printf(
        "  uplink   %s%s%n",
        c.uplink().enabled() ? String.join(", ", c.uplink().serverUris()) : "disabled",
        c.uplink().tls() != null ? " (TLS)" : "");
    for (CameraConfig cam : c.cameras()) {
      System.out.printf(
          "  camera   %-12s %s @ %d fps, %dx%d; zones: %s; lines: %d; masks: %d%n",
          cam.id(),
          cam.url(),
          cam.sampling().fps(),
          cam.sampling().width(),
          cam.sampling().height(),
          zones(cam),
          cam.lines().size(),
          cam.masks().size());
    }
    for (InputConfig in : c.inputs()) {
      System.out.printf(
          "  input    %-12s %-9s GPIO %2d, active %s, pull %s, debounce %d ms%n",
          in.id(),
          in.kind().name().toLowerCase(),
          in.pin(),
          in.activeLevel(),
          in.pull(),
          in.debounceMillis());
    }
    for (OutputConfig out : c.outputs()) {
      System.out.printf(
          "  output   %-12s %-10s GPIO %2d, triggers: %s%n",
          out.id(),
          out.kind().name().toLowerCase(),
          out.pin(),
          out.triggers().isEmpty() ? "-" : String.join(", ", out.triggers()));
    }
    System.out.printf("  config hash sha256:%s%n", c.hash());
  }

  private static String zones(CameraConfig cam) {
    if (cam.zones().isEmpty()) {
      return "-";
    }
    return cam.zones().stream()
        .map(
            z ->
                z.id() + "(" + z.kind().name().toLowerCase() + (z.armed() ? "" : ",disarmed") + ")")
        .collect(Collectors.joining(", "));
  }
}

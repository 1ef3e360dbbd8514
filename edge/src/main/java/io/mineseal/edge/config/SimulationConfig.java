package io.mineseal.edge.config;

import java.util.List;
import java.util.Set;

/** A scripted input timeline for demos and commissioning (device.inputProvider: simulated). */
public record SimulationConfig(List<Step> timeline, double repeatSeconds) {

  /** At {@code atSeconds} after start, input {@code input} becomes active or inactive. */
  public record Step(double atSeconds, String input, boolean active) {}

  static SimulationConfig read(ConfigNode n) {
    n.allow(Set.of("timeline", "repeatSeconds"));
    return new SimulationConfig(
        n.list("timeline", SimulationConfig::step), n.number("repeatSeconds", 0, 0, 86_400));
  }

  private static Step step(ConfigNode n) {
    n.allow(Set.of("atSeconds", "input", "active"));
    return new Step(
        n.number("atSeconds", 0, 0, 86_400), n.requiredString("input"), n.bool("active", true));
  }
}

package io.mineseal.edge.config;

import java.util.Set;

/** Health reporting: the periodic MQTT health message and the local HTTP endpoint. */
public record HealthConfig(
    int publishIntervalSeconds, boolean httpEnabled, String httpBind, int httpPort) {

  static HealthConfig read(ConfigNode n) {
    n.allow(Set.of("publishIntervalSeconds", "httpEnabled", "httpBind", "httpPort"));
    return new HealthConfig(
        n.integer("publishIntervalSeconds", 60, 5, 3600),
        n.bool("httpEnabled", true),
        n.string("httpBind", "127.0.0.1"),
        n.integer("httpPort", 9108, 1024, 65_535));
  }
}

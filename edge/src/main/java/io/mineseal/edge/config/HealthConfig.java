package io.mineseal.edge.config;

import java.util.Set;

/**
 * Health reporting: the periodic MQTT health message, and the local HTTP port with the health
 * endpoints and the technician's console.
 */
public record HealthConfig(
    int publishIntervalSeconds,
    boolean httpEnabled,
    String httpBind,
    int httpPort,
    ConsoleConfig console) {

  static HealthConfig read(ConfigNode n, Secrets secrets) {
    n.allow(Set.of("publishIntervalSeconds", "httpEnabled", "httpBind", "httpPort", "console"));
    String bind = n.string("httpBind", "127.0.0.1");
    boolean loopback = Addresses.isLoopback(bind);
    if (!loopback && !Addresses.isLiteral(bind)) {
      n.get("httpBind")
          .error("must be an IP address (127.0.0.1, 0.0.0.0, a LAN address) or localhost");
    }
    ConsoleConfig console = ConsoleConfig.read(n.get("console"), secrets);
    if (!loopback && console.enabled() && console.passwordFile() == null) {
      n.get("httpBind")
          .error(
              "the console is reachable from the LAN on this address: set"
                  + " health.console.passwordFile, or bind to 127.0.0.1");
    }
    return new HealthConfig(
        n.integer("publishIntervalSeconds", 60, 5, 3600),
        n.bool("httpEnabled", true),
        bind,
        n.integer("httpPort", 9108, 1024, 65_535),
        console);
  }

  /** Whether clients other than this box can reach the port. */
  public boolean lanAccess() {
    return !Addresses.isLoopback(httpBind);
  }
}

package io.mineseal.edge.config;

import java.nio.file.Path;
import java.util.Set;

/**
 * The technician's web console on the health port. From the LAN (a bind address other than
 * loopback) every request needs the password in {@code passwordFile}; an address that fails {@code
 * maxLoginFailures} times in a row is locked out for {@code lockoutSeconds}.
 */
public record ConsoleConfig(
    boolean enabled,
    Path passwordFile,
    int refreshSeconds,
    int historyEvents,
    int maxLoginFailures,
    int lockoutSeconds) {

  static ConsoleConfig read(ConfigNode n, Secrets secrets) {
    n.allow(
        Set.of(
            "enabled",
            "passwordFile",
            "refreshSeconds",
            "historyEvents",
            "maxLoginFailures",
            "lockoutSeconds"));
    return new ConsoleConfig(
        n.bool("enabled", true),
        secrets.file(n, "passwordFile", true),
        n.integer("refreshSeconds", 3, 1, 60),
        n.integer("historyEvents", 500, 10, 10_000),
        n.integer("maxLoginFailures", 5, 1, 100),
        n.integer("lockoutSeconds", 300, 10, 86_400));
  }
}

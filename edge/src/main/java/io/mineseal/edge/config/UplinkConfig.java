package io.mineseal.edge.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The MQTT link to the supervision platform. */
public record UplinkConfig(
    boolean enabled,
    List<String> serverUris,
    String username,
    Path passwordFile,
    Path commandKeyFile,
    TlsConfig tls,
    Timing timing,
    int backlogRatePerSecond,
    boolean requirePlatformAck,
    boolean sendEvidence) {

  /** Connection timing in seconds. */
  public record Timing(
      int keepAliveSeconds,
      int connectTimeoutSeconds,
      double reconnectMinSeconds,
      double reconnectMaxSeconds) {}

  static UplinkConfig read(ConfigNode n, Secrets secrets) {
    n.allow(
        Set.of(
            "enabled",
            "serverUris",
            "username",
            "passwordFile",
            "commandKeyFile",
            "tls",
            "keepAliveSeconds",
            "connectTimeoutSeconds",
            "reconnectMinSeconds",
            "reconnectMaxSeconds",
            "backlogRatePerSecond",
            "requirePlatformAck",
            "sendEvidence"));
    List<String> uris = n.strings("serverUris");
    boolean enabled = n.bool("enabled", true);
    if (uris.isEmpty() && enabled) {
      n.get("serverUris").error("at least one broker URI is required, e.g. tcp://host:1883");
    }
    for (int i = 0; i < uris.size(); i++) {
      if (!uris.get(i).matches("(tcp|ssl)://[^\\s/:]+(:\\d{1,5})?")) {
        n.get("serverUris").items().get(i).error("must be tcp://host:port or ssl://host:port");
      }
    }
    Timing timing =
        new Timing(
            n.integer("keepAliveSeconds", 30, 5, 600),
            n.integer("connectTimeoutSeconds", 10, 1, 120),
            n.number("reconnectMinSeconds", 1, 0.1, 60),
            n.number("reconnectMaxSeconds", 120, 1, 3600));
    if (timing.reconnectMaxSeconds() < timing.reconnectMinSeconds()) {
      n.get("reconnectMaxSeconds").error("must not be less than reconnectMinSeconds");
    }
    return new UplinkConfig(
        enabled,
        uris,
        n.string("username", null),
        secrets.file(n, "passwordFile", true),
        secrets.file(n, "commandKeyFile", true),
        TlsConfig.read(n.get("tls"), secrets),
        timing,
        n.integer("backlogRatePerSecond", 500, 1, 100_000),
        n.bool("requirePlatformAck", false),
        n.bool("sendEvidence", true));
  }
}

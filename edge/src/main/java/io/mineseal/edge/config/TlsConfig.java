package io.mineseal.edge.config;

import java.nio.file.Path;
import java.util.Set;

/** Mutual TLS material, all PEM files; the client certificate and key are optional together. */
public record TlsConfig(Path caFile, Path certFile, Path keyFile, boolean verifyHostname) {

  static TlsConfig read(ConfigNode n, Secrets secrets) {
    if (!n.present()) {
      return null;
    }
    n.allow(Set.of("caFile", "certFile", "keyFile", "verifyHostname"));
    Path ca = secrets.file(n, "caFile", false);
    Path cert = secrets.file(n, "certFile", false);
    Path key = secrets.file(n, "keyFile", true);
    if ((cert == null) != (key == null)) {
      n.error("certFile and keyFile must be given together");
    }
    return new TlsConfig(ca, cert, key, n.bool("verifyHostname", true));
  }
}

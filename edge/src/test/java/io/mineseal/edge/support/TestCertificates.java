package io.mineseal.edge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CA, a server certificate for localhost and client certificates, made with openssl. */
public final class TestCertificates {
  private final Path dir;

  public TestCertificates(Path dir) {
    this.dir = dir;
  }

  /** Makes {@code name}.crt and {@code name}.key signed by {@code ca} (itself made if absent). */
  public Path issue(String ca, String name, String commonName)
      throws IOException, InterruptedException {
    if (!Files.exists(dir.resolve(ca + ".crt"))) {
      run(
          "openssl",
          "req",
          "-x509",
          "-newkey",
          "ec",
          "-pkeyopt",
          "ec_paramgen_curve:prime256v1",
          "-nodes",
          "-days",
          "2",
          "-subj",
          "/CN=" + ca,
          "-keyout",
          ca + ".key",
          "-out",
          ca + ".crt");
    }
    run(
        "openssl",
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-subj",
        "/CN=" + commonName,
        "-keyout",
        name + ".key",
        "-out",
        name + ".csr");
    Files.writeString(dir.resolve(name + ".ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    run(
        "openssl",
        "x509",
        "-req",
        "-in",
        name + ".csr",
        "-CA",
        ca + ".crt",
        "-CAkey",
        ca + ".key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        name + ".ext",
        "-out",
        name + ".crt");
    return dir.resolve(name + ".crt");
  }

  public Path file(String name) {
    return dir.resolve(name);
  }

  private void run(String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Tools.require("openssl", "openssl");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed: " + output);
    }
  }
}

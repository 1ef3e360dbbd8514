package io.mineseal.edge.daemon;

import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.uplink.paho.TlsSockets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLSocketFactory;

/** Reads the secret files the config names. */
final class Secrets {
  private Secrets() {}

  static String text(Path file) {
    byte[] bytes = bytes(file);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  static byte[] bytes(Path file) {
    if (file == null) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8)
          .strip()
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read secret file " + file + ": " + e.getMessage(), e);
    }
  }

  static SSLSocketFactory tls(MineSealConfig config) {
    if (config.uplink().tls() == null) {
      return null;
    }
    try {
      return TlsSockets.create(config.uplink().tls());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot load TLS files: " + e.getMessage(), e);
    }
  }
}

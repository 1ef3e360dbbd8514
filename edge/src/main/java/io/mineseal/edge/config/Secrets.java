package io.mineseal.edge.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Resolves file references in the config and checks that they exist and are kept private. */
final class Secrets {
  private final Path base;

  Secrets(Path base) {
    this.base = base;
  }

  /** Returns the resolved path, or null when the key is absent. */
  Path file(ConfigNode parent, String key, boolean secret) {
    String value = parent.string(key, null);
    if (value == null) {
      return null;
    }
    ConfigNode node = parent.get(key);
    Path path = base.resolve(value);
    if (!Files.isRegularFile(path)) {
      node.error("file does not exist: " + path);
      return path;
    }
    if (!Files.isReadable(path)) {
      node.error("file is not readable by this user: " + path);
    } else if (secret && readableByOthers(path)) {
      node.warning("secret file is readable by other users; run: chmod 600 " + path);
    }
    return path;
  }

  private static boolean readableByOthers(Path path) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
      return perms.contains(PosixFilePermission.OTHERS_READ);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}

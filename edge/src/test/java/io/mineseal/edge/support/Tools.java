package io.mineseal.edge.support;

import java.io.File;

/**
 * Checks that a program a test runs is installed, and otherwise fails with the Debian package that
 * brings it (the list the README's test command installs is {@code scripts/test-packages}).
 */
public final class Tools {
  private Tools() {}

  /** Fails the test unless {@code program} is on the PATH (or is an absolute path that exists). */
  public static String require(String program, String debianPackage) {
    String found = find(program);
    if (found == null) {
      throw new AssertionError(
          program
              + " is not installed: this test needs the Debian package "
              + debianPackage
              + " (sudo apt-get install -y "
              + debianPackage
              + ", or run scripts/test as root to install every test package)");
    }
    return found;
  }

  public static String find(String program) {
    if (program.startsWith("/")) {
      return new File(program).canExecute() ? program : null;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File f = new File(dir, program);
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }
}

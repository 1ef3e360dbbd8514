package io.mineseal.edge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** Prints the software version and the Java runtime it runs on. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "Print the software version.")
final class VersionCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("mineseal-edge " + Provider.version());
    System.out.println("java " + Runtime.version() + " on " + System.getProperty("os.arch"));
  }

  /** The version from the jar manifest, or "dev" when run from classes. */
  static final class Provider implements IVersionProvider {
    static String version() {
      String v = Main.class.getPackage().getImplementationVersion();
      return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
      return new String[] {"mineseal-edge " + version()};
    }
  }
}

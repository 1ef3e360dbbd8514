package io.mineseal.edge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mineseal} command a technician types. */
@Command(
    name = "mineseal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "MineSeal Edge: the mine-side controller of a mine electronic seal (电子封条).",
    subcommands = {
      RunCommand.class,
      CheckConfigCommand.class,
      ReplayCommand.class,
      WatchCommand.class,
      PreviewCommand.class,
      StatusCommand.class,
      HwTestCommand.class,
      VersionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit status for a configuration the daemon cannot use. */
  public static final int EXIT_CONFIG = 2;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs one command line and returns its exit status (used by tests without exiting the JVM). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("mineseal: " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
  }
}

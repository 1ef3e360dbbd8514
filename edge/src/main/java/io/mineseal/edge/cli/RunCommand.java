package io.mineseal.edge.cli;

import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.daemon.Daemon;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the daemon in the foreground until SIGTERM or SIGINT. */
@Command(
    mixinStandardHelpOptions = true,
    name = "run",
    description = {
      "Run the seal controller in the foreground until stopped (SIGTERM/SIGINT).",
      "systemd runs this; logs go to standard error (journald)."
    })
final class RunCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    MineSealConfig loaded = ConfigOption.loadOrReport(config.file);
    if (loaded == null) {
      return Main.EXIT_CONFIG;
    }
    Daemon daemon = Daemon.create(loaded);
    daemon.lifecycle().installShutdownHook();
    daemon.lifecycle().start();
    daemon.awaitStop();
    return 0;
  }
}

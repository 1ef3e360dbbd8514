package io.mineseal.edge.cli;

import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.config.OutputConfig;
import io.mineseal.edge.hardware.pi4j.Pi4jPins;
import io.mineseal.edge.input.DigitalPins;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The hardware smoke test a technician runs on a real box (the daemon stopped). */
@Command(
    mixinStandardHelpOptions = true,
    name = "hw-test",
    description = {
      "Exercise every configured input and output on the real GPIO: says what to press or watch",
      "and reports PASS/FAIL for each. Stop the daemon first (systemctl stop mineseal)."
    })
final class HwTestCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(
      names = "--wait-seconds",
      description = "How long to wait for each contact (default: ${DEFAULT-VALUE}).")
  int waitSeconds = 30;

  private final BufferedReader console =
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

  @Override
  public Integer call() throws Exception {
    MineSealConfig c = ConfigOption.loadOrReport(config.file);
    if (c == null) {
      return Main.EXIT_CONFIG;
    }
    int failures = 0;
    try (DigitalPins pins = Pi4jPins.detect()) {
      for (InputConfig in : c.inputs()) {
        failures += input(pins, in) ? 0 : 1;
      }
      for (OutputConfig out : c.outputs()) {
        failures += output(pins, out) ? 0 : 1;
      }
    }
    System.out.println(failures == 0 ? "hw-test: all PASS" : "hw-test: " + failures + " FAIL");
    return failures == 0 ? 0 : 1;
  }

  private boolean input(DigitalPins pins, InputConfig in) throws InterruptedException {
    CountDownLatch changed = new CountDownLatch(1);
    pins.input(in.pin(), in.pull(), (pin, high) -> changed.countDown());
    boolean before = pins.read(in.pin());
    boolean active = before == (in.activeLevel() == InputConfig.Level.HIGH);
    System.out.printf(
        "input %-14s %-9s GPIO %2d now reads %s (%s). %s within %d s...%n",
        in.id(),
        in.kind().name().toLowerCase(),
        in.pin(),
        before ? "HIGH" : "LOW",
        active ? "active" : "inactive",
        action(in, active),
        waitSeconds);
    boolean edge = changed.await(waitSeconds, TimeUnit.SECONDS);
    boolean after = pins.read(in.pin());
    boolean pass = edge && after != before;
    System.out.printf(
        "  %s: %s%n",
        pass ? "PASS" : "FAIL",
        pass
            ? "level went " + (after ? "HIGH" : "LOW")
            : "no change seen; check wiring, pull and the opto board");
    return pass;
  }

  private static String action(InputConfig in, boolean active) {
    return switch (in.kind()) {
      case DOOR -> active ? "Close the door" : "Open the door";
      case LOCK -> active ? "Lock it" : "Unlock it";
      case TAMPER -> active ? "Close the enclosure" : "Open the enclosure";
      case PIR -> "Walk in front of the PIR";
      case EQUIPMENT ->
          active ? "Stop the equipment (or its relay)" : "Start the equipment (or close its relay)";
      case POWER -> active ? "Restore mains" : "Switch mains off at the UPS";
    };
  }

  private boolean output(DigitalPins pins, OutputConfig out) throws Exception {
    boolean on = out.activeLevel() == InputConfig.Level.HIGH;
    pins.output(out.pin(), !on);
    System.out.printf(
        "output %-13s %-10s GPIO %2d: energising for 3 s. Watch or listen.%n",
        out.id(), out.kind().name().toLowerCase(), out.pin());
    pins.write(out.pin(), on);
    new CountDownLatch(1).await(3, TimeUnit.SECONDS);
    pins.write(out.pin(), !on);
    System.out.print("  did it switch (relay click, siren, LED, lock)? [y/n] ");
    System.out.flush();
    String answer = console.readLine();
    boolean pass = answer != null && answer.trim().toLowerCase().startsWith("y");
    System.out.println(
        "  " + (pass ? "PASS" : "FAIL: check the relay board's supply and the wire to the device"));
    return pass;
  }
}

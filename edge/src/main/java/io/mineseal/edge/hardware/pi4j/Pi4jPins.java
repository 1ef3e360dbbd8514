package io.mineseal.edge.hardware.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.input.DigitalPins;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GPIO through Pi4J 2 (the gpiod provider on a Pi 4 or 5). The provider's own debounce is off: the
 * input monitor debounces in tested code.
 */
public final class Pi4jPins implements DigitalPins {
  private final Context pi4j;
  private final Map<Integer, DigitalInput> inputs = new ConcurrentHashMap<>();
  private final Map<Integer, DigitalOutput> outputs = new ConcurrentHashMap<>();

  public Pi4jPins(Context pi4j) {
    this.pi4j = pi4j;
  }

  /** The board's own GPIO, as Pi4J detects it; fails where there is none. */
  public static Pi4jPins detect() {
    return new Pi4jPins(Pi4J.newAutoContext());
  }

  @Override
  public void input(int pin, InputConfig.Pull pull, EdgeListener listener) {
    String id = "mineseal-in-" + pin;
    DigitalInput in =
        pi4j.registry().exists(id)
            ? pi4j.io(id)
            : pi4j.create(
                DigitalInput.newConfigBuilder(pi4j)
                    .id(id)
                    .name("MineSeal input BCM " + pin)
                    .address(pin)
                    .pull(
                        switch (pull) {
                          case UP -> PullResistance.PULL_UP;
                          case DOWN -> PullResistance.PULL_DOWN;
                          case OFF -> PullResistance.OFF;
                        })
                    .debounce(0L));
    in.addListener(e -> listener.edge(pin, e.state() == DigitalState.HIGH));
    inputs.put(pin, in);
  }

  @Override
  public boolean read(int pin) {
    DigitalInput in = inputs.get(pin);
    if (in != null) {
      return in.state() == DigitalState.HIGH;
    }
    DigitalOutput out = outputs.get(pin);
    return out != null && out.state() == DigitalState.HIGH;
  }

  @Override
  public void output(int pin, boolean high) {
    DigitalOutput out =
        pi4j.create(
            DigitalOutput.newConfigBuilder(pi4j)
                .id("mineseal-out-" + pin)
                .name("MineSeal output BCM " + pin)
                .address(pin)
                .initial(high ? DigitalState.HIGH : DigitalState.LOW)
                .shutdown(high ? DigitalState.HIGH : DigitalState.LOW));
    outputs.put(pin, out);
  }

  @Override
  public void write(int pin, boolean high) {
    DigitalOutput out = outputs.get(pin);
    if (out != null) {
      out.state(high ? DigitalState.HIGH : DigitalState.LOW);
    }
  }

  @Override
  public void close() {
    pi4j.shutdown();
  }
}

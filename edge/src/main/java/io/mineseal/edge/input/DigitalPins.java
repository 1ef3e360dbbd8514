package io.mineseal.edge.input;

import io.mineseal.edge.config.InputConfig;

/** GPIO as levels and edges; Pi4J lives behind it in {@code hardware.pi4j}. */
public interface DigitalPins extends AutoCloseable {

  /** Called on every raw edge, on the provider's thread. */
  interface EdgeListener {
    void edge(int pin, boolean high);
  }

  /** Provisions an input pin and starts reporting its edges. */
  void input(int pin, InputConfig.Pull pull, EdgeListener listener);

  /** The pin's level now (true = high). */
  boolean read(int pin);

  /** Provisions an output pin at the given level. */
  void output(int pin, boolean high);

  void write(int pin, boolean high);

  @Override
  void close();
}

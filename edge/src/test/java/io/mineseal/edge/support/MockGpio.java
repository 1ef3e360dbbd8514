package io.mineseal.edge.support;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import io.mineseal.edge.hardware.pi4j.Pi4jPins;

/** Pi4J's mock provider, explicitly built (test scope only), behind the product's own adapter. */
public final class MockGpio {
  public final Context context;
  public final Pi4jPins pins;

  public MockGpio() {
    context =
        Pi4J.newContextBuilder()
            .add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
            .build();
    pins = new Pi4jPins(context);
  }

  /** Moves the contact on a BCM pin: the mock fires an edge as a real line would. */
  public void set(int pin, boolean high) {
    MockDigitalInput in = context.io("mineseal-in-" + pin);
    in.mockState(high ? DigitalState.HIGH : DigitalState.LOW);
  }

  public boolean output(int pin) {
    MockDigitalOutput out = context.io("mineseal-out-" + pin);
    return out.state() == DigitalState.HIGH;
  }
}

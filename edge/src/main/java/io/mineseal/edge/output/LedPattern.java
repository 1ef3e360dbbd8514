package io.mineseal.edge.output;

/**
 * Status LED patterns a technician reads at a glance, in 125 ms steps of an 8-step (1 s) cycle:
 * steady on when all is well, a slow blink when the uplink is down, a fast blink on a fault.
 */
public enum LedPattern {
  ALL_WELL(0b11111111),
  UPLINK_DOWN(0b11110000),
  FAULT(0b10101010),
  OFF(0);

  private final int bits;

  LedPattern(int bits) {
    this.bits = bits;
  }

  /** Whether the LED is lit at step {@code step} (0..7) of the cycle. */
  public boolean lit(int step) {
    return (bits >> (7 - (step & 7)) & 1) == 1;
  }
}

package io.mineseal.edge.vision;

import java.util.List;
import java.util.function.DoubleConsumer;

/** A detector that reports how long each run took, in seconds, for the latency histogram. */
public final class TimedDetector implements Detector {
  private final Detector inner;
  private final DoubleConsumer seconds;

  public TimedDetector(Detector inner, DoubleConsumer seconds) {
    this.inner = inner;
    this.seconds = seconds;
  }

  @Override
  public List<Box> detect(Frame frame, double minScore) {
    long t0 = System.nanoTime();
    try {
      return inner.detect(frame, minScore);
    } finally {
      seconds.accept((System.nanoTime() - t0) / 1e9);
    }
  }

  @Override
  public void close() {
    inner.close();
  }
}

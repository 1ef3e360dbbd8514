package io.mineseal.edge.health;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The daemon's Prometheus metrics, through the Prometheus Java client: gauges and counters read
 * from the components at scrape time, and histograms of the event-to-publish and detector latencies
 * observed as they happen. The client does the typing, naming and escaping.
 */
public final class Metrics {
  /** Seconds: a live event is normally confirmed within tens of ms; an outage takes hours. */
  private static final double[] PUBLISH_BOUNDS = {
    0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600
  };

  /** Seconds per detector run: a few ms on a PC, 50-300 ms on a Pi. */
  private static final double[] DETECTOR_BOUNDS = {
    0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2
  };

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final Histogram publish =
      Histogram.builder()
          .name("mineseal_event_publish_seconds")
          .help("From an event's commit to the broker's confirmation (events of this run)")
          .classicOnly()
          .classicUpperBounds(PUBLISH_BOUNDS)
          .register(registry);
  private final Histogram detector =
      Histogram.builder()
          .name("mineseal_detector_seconds")
          .help("Time of one detector run")
          .labelNames("camera", "kind")
          .classicOnly()
          .classicUpperBounds(DETECTOR_BOUNDS)
          .register(registry);

  /** A gauge without labels, read at each scrape; NaN is exposed as NaN (unknown). */
  public void gauge(String name, String help, DoubleSupplier value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(cb -> cb.call(value.getAsDouble()))
        .register(registry);
  }

  /** A gauge with one label, one value per label value, read at each scrape. */
  public void gauge(String name, String help, String label, Supplier<Map<String, Double>> values) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .labelNames(label)
        .callback(cb -> values.get().forEach((k, v) -> cb.call(v, k)))
        .register(registry);
  }

  /** A counter with one label (monotonic since start), read at each scrape. */
  public void counter(
      String name, String help, String label, Supplier<Map<String, Double>> values) {
    CounterWithCallback.builder()
        .name(name)
        .help(help)
        .labelNames(label)
        .callback(cb -> values.get().forEach((k, v) -> cb.call(v, k)))
        .register(registry);
  }

  public void eventPublished(double seconds) {
    publish.observe(seconds);
  }

  public void detectorRan(String camera, String kind, double seconds) {
    detector.labelValues(camera, kind).observe(seconds);
  }

  public String contentType() {
    return writer.getContentType();
  }

  /** Prometheus text format 0.0.4 of every metric, as scraped now. */
  public void write(OutputStream out) throws IOException {
    writer.write(out, registry.scrape());
  }
}

package io.mineseal.edge.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** The exposition the Prometheus client writes for the daemon's figures. */
class MetricsTest {
  private static String scrape(Metrics m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_counter_is_typed_counter_and_a_gauge_gauge_each_read_at_scrape_time() throws Exception {
    Metrics m = new Metrics();
    AtomicLong frames = new AtomicLong(7);
    m.counter(
        "mineseal_camera_frames",
        "Frames read",
        "camera",
        () -> Map.of("gate", (double) frames.get()));
    m.gauge("mineseal_uptime_seconds", "Uptime", () -> 12.5);
    String first = scrape(m);
    assertThat(first)
        .contains("# TYPE mineseal_camera_frames_total counter")
        .contains("mineseal_camera_frames_total{camera=\"gate\"} 7.0")
        .contains("# TYPE mineseal_uptime_seconds gauge")
        .contains("mineseal_uptime_seconds 12.5");
    frames.set(9);
    assertThat(scrape(m)).contains("mineseal_camera_frames_total{camera=\"gate\"} 9.0");
  }

  @Test
  void label_values_are_escaped_for_quotes_backslashes_and_newlines() throws Exception {
    Metrics m = new Metrics();
    Map<String, Double> odd = new LinkedHashMap<>();
    odd.put("cam \"a\"\\b\nc", 1.0);
    m.gauge("mineseal_component_up", "State", "component", () -> odd);
    assertThat(scrape(m))
        .contains("mineseal_component_up{component=\"cam \\\"a\\\"\\\\b\\nc\"} 1.0");
  }

  @Test
  void latencies_land_in_histogram_buckets_per_camera_and_kind() throws Exception {
    Metrics m = new Metrics();
    m.detectorRan("gate", "person", 0.04);
    m.detectorRan("gate", "person", 0.4);
    m.eventPublished(0.02);
    String text = scrape(m);
    assertThat(text)
        .contains("# TYPE mineseal_detector_seconds histogram")
        .contains(
            "mineseal_detector_seconds_bucket{camera=\"gate\",kind=\"person\",le=\"0.025\"} 0")
        .contains("mineseal_detector_seconds_bucket{camera=\"gate\",kind=\"person\",le=\"0.05\"} 1")
        .contains("mineseal_detector_seconds_bucket{camera=\"gate\",kind=\"person\",le=\"0.5\"} 2")
        .contains("mineseal_detector_seconds_count{camera=\"gate\",kind=\"person\"} 2")
        .contains("mineseal_event_publish_seconds_bucket{le=\"0.025\"} 1")
        .contains("mineseal_event_publish_seconds_count 1");
    assertThat(m.contentType()).startsWith("text/plain");
  }

  @Test
  void delivery_latency_is_timed_on_the_ticker_and_unknown_ids_are_not_counted() {
    AtomicLong ticker = new AtomicLong(1_000_000_000L);
    LongAdder observed = new LongAdder();
    double[] last = new double[1];
    DeliveryLatency d =
        new DeliveryLatency(
            ticker::get,
            s -> {
              observed.increment();
              last[0] = s;
            });
    d.committed("e1");
    ticker.addAndGet(250_000_000L);
    d.published("e1");
    d.published("e1");
    d.published("from-before-the-restart");
    assertThat(observed.sum()).isEqualTo(1);
    assertThat(last[0]).isEqualTo(0.25);
  }

  @Test
  void delivery_latency_forgets_the_oldest_when_an_outage_leaves_too_many_unconfirmed() {
    LongAdder observed = new LongAdder();
    DeliveryLatency d = new DeliveryLatency(System::nanoTime, s -> observed.increment());
    for (int i = 0; i <= DeliveryLatency.MAX_PENDING; i++) {
      d.committed("e" + i);
    }
    assertThat(d.pendingCount()).isEqualTo(DeliveryLatency.MAX_PENDING);
    d.published("e0");
    d.published("e" + DeliveryLatency.MAX_PENDING);
    assertThat(observed.sum()).isEqualTo(1);
  }
}

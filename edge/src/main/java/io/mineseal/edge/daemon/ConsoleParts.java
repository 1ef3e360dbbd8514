package io.mineseal.edge.daemon;

import io.mineseal.edge.console.EventHistory;
import io.mineseal.edge.console.LatestFrames;
import io.mineseal.edge.console.Section;
import io.mineseal.edge.health.DeliveryLatency;
import io.mineseal.edge.health.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the console and the metrics gather while the daemon runs, made before the components so the
 * cameras and the uplink can feed it: the event timeline, the latest frames, the latencies.
 */
final class ConsoleParts {
  final Metrics metrics;
  final EventHistory history;
  final LatestFrames frames;
  final DeliveryLatency delivery;

  /** Blocks added to the console's pages (e.g. #14's self-test, a site-wide occupancy). */
  final List<Section> overviewSections = new ArrayList<>();

  final List<Section> healthSections = new ArrayList<>();

  ConsoleParts(Shared s) {
    var console = s.config.health().console();
    this.metrics = DaemonMetrics.create(s);
    this.history = new EventHistory(console.historyEvents());
    // a copy per refresh period is enough for a page that reloads the frame that often
    this.frames =
        new LatestFrames(
            TimeUnit.SECONDS.toNanos(Math.max(1, console.refreshSeconds())) / 2, System::nanoTime);
    this.delivery = new DeliveryLatency(System::nanoTime, metrics::eventPublished);
    s.recorder.addListener(history::add);
    s.recorder.addListener(e -> delivery.committed(e.eventId()));
  }
}

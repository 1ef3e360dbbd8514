package io.mineseal.edge.daemon;

import io.mineseal.edge.camera.CameraWorker;
import io.mineseal.edge.lifecycle.Component;
import io.mineseal.edge.lifecycle.NamedThreads;
import io.mineseal.edge.lifecycle.Notifier;
import io.mineseal.edge.lifecycle.systemd.SystemdNotifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to systemd ({@code Type=notify}): READY once everything started, STOPPING on the way out,
 * and WATCHDOG keep-alives only while every critical loop (store, uplink, inputs, each camera) has
 * checked in recently: a stuck loop means no keep-alive and systemd restarts the daemon. Also
 * remembers why the previous run ended, for the next birth message.
 */
final class Watchdog implements Component {
  private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
  private static final String RUN_KEY = "daemon.run";
  private static final String STUCK_KEY = "daemon.stuck";

  private final Shared s;
  private final Notifier notifier;
  private final boolean systemd;
  private ScheduledExecutorService scheduler;

  /** Tells systemd through {@code NOTIFY_SOCKET} when it runs the daemon. */
  Watchdog(Shared s) {
    this(s, SystemdNotifier.fromEnvironment());
  }

  /** Reads why the previous run ended before any component starts (the birth message needs it). */
  Watchdog(Shared s, Notifier notifier) {
    this.s = s;
    this.notifier = notifier;
    this.systemd = notifier.active();
    String previous = s.store.state(RUN_KEY).orElse("clean");
    if (!previous.equals("clean")) {
      Map<String, Object> last = new LinkedHashMap<>();
      last.put("previousBootId", previous);
      last.put(
          "cause",
          s.store
              .state(STUCK_KEY)
              .filter(c -> !c.isEmpty())
              .map(c -> "watchdog: " + c + " stuck")
              .orElse("unclean exit (crash, kill or power loss)"));
      s.lastRestart = last;
      LOG.warn("The previous run did not stop cleanly: {}", last.get("cause"));
    }
  }

  @Override
  public String name() {
    return "watchdog";
  }

  @Override
  public void start() {
    s.store.putState(RUN_KEY, s.events.bootId());
    s.store.putState(STUCK_KEY, "");
    notify("READY=1", "STATUS=watching " + s.config.cameras().size() + " cameras");
    long usec = watchdogUsec();
    if (systemd && usec > 0) {
      scheduler = NamedThreads.scheduler("mineseal-watchdog");
      scheduler.scheduleAtFixedRate(this::keepAlive, 0, usec / 2, TimeUnit.MICROSECONDS);
    }
  }

  private static long watchdogUsec() {
    try {
      return Long.parseLong(System.getenv().getOrDefault("WATCHDOG_USEC", "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void keepAlive() {
    List<String> stuck = stuck();
    if (stuck.isEmpty()) {
      notify("WATCHDOG=1");
    } else {
      String who = String.join(", ", stuck);
      LOG.error(
          "Withholding the watchdog keep-alive: {} not checked in; systemd will restart the daemon",
          who);
      s.store.putState(STUCK_KEY, who);
    }
  }

  /** Critical loops that have not checked in within their allowance. */
  List<String> stuck() {
    Map<String, Double> limits = new LinkedHashMap<>();
    limits.put("storage", 180.0);
    if (s.hooks.uplink != null) {
      limits.put("uplink", 30.0);
    }
    if (s.hooks.inputs != null) {
      limits.put("inputs", 30.0);
    }
    for (CameraWorker w : s.hooks.cameras.values()) {
      var sampling = w.camera().sampling();
      limits.put(
          "camera." + w.camera().id(),
          30.0 + sampling.stallSeconds() + sampling.restartMaxSeconds());
    }
    List<String> out = new ArrayList<>();
    limits.forEach(
        (component, seconds) -> {
          if (s.health.secondsSinceCheckIn(component) > seconds) {
            out.add(component);
          }
        });
    return out;
  }

  private void notify(String... messages) {
    notifier.notify(messages);
  }

  @Override
  public void stop() {
    notify("STOPPING=1");
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    notifier.close();
    s.store.putState(RUN_KEY, "clean");
  }
}

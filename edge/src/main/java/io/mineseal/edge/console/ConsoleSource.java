package io.mineseal.edge.console;

import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.config.PolicyConfig.MaintenanceWindow;
import io.mineseal.edge.health.ComponentHealth;
import io.mineseal.edge.health.Metrics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the running daemon shows the console; the daemon implements it over its components. */
public interface ConsoleSource {
  /** One camera's worker as it runs now. */
  record CameraState(double fps, String status, String reason, long framesRead) {}

  MineSealConfig config();

  /** The wall clock, to tell open maintenance windows and ages. */
  java.time.Clock clock();

  /** The body of {@code /healthz}: overall state, components, queue, inputs. */
  Map<String, Object> healthz();

  /** Whether a component is DOWN ({@code /healthz} answers 503). */
  boolean down();

  Metrics metrics();

  /** The birth message's content: version, config hash, boot id, clock sync, last restart. */
  Map<String, Object> birth();

  List<ComponentHealth> components();

  CameraState camera(String id);

  /** People believed inside a zone counted by lines. */
  int occupancy(String zone);

  List<MaintenanceWindow> maintenance();

  /** Unsent events per delivery class. */
  Map<String, Integer> queueDepth();

  Optional<Instant> oldestUnsent();

  /** Where snapshots ({@code <eventId>.jpg}) and clips ({@code .mp4}) are kept. */
  Path evidenceDir();
}

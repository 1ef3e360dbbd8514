package io.mineseal.edge.lifecycle;

/** A part of the daemon that is started and stopped as a unit. */
public interface Component {
  /**
   * A short stable name used in logs and health reports, e.g. {@code store} or {@code camera.c1}.
   */
  String name();

  void start() throws Exception;

  /** Stops the component; must not throw and must return within a few seconds. */
  void stop();
}

package io.mineseal.edge.daemon;

import io.mineseal.edge.lifecycle.Component;

/** Small adapters that make a start and a stop action into a {@link Component}. */
final class Components {
  private Components() {}

  interface Action {
    void run() throws Exception;
  }

  static Component of(String name, Action start, Runnable stop) {
    return new Component() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void start() throws Exception {
        start.run();
      }

      @Override
      public void stop() {
        stop.run();
      }
    };
  }
}

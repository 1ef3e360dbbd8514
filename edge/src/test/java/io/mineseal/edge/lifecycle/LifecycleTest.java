package io.mineseal.edge.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  private final List<String> log = new ArrayList<>();

  private Component component(String name, boolean failOnStart) {
    return new Component() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void start() {
        if (failOnStart) {
          throw new IllegalStateException(name + " cannot start");
        }
        log.add("start " + name);
      }

      @Override
      public void stop() {
        log.add("stop " + name);
      }
    };
  }

  @Test
  void starts_in_order_and_stops_in_reverse_order() throws Exception {
    Lifecycle lifecycle =
        new Lifecycle(
            List.of(
                component("store", false), component("uplink", false), component("camera", false)));
    lifecycle.start();
    lifecycle.stop();
    assertThat(log)
        .containsExactly(
            "start store",
            "start uplink",
            "start camera",
            "stop camera",
            "stop uplink",
            "stop store");
    assertThat(lifecycle.awaitStopped(1, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void stop_is_idempotent() throws Exception {
    Lifecycle lifecycle = new Lifecycle(List.of(component("a", false)));
    lifecycle.start();
    lifecycle.stop();
    lifecycle.stop();
    assertThat(log).containsExactly("start a", "stop a");
  }

  @Test
  void a_failed_start_stops_what_was_already_started() {
    Lifecycle lifecycle =
        new Lifecycle(List.of(component("a", false), component("b", false), component("c", true)));
    assertThatThrownBy(lifecycle::start).hasMessageContaining("c cannot start");
    assertThat(log).containsExactly("start a", "start b", "stop b", "stop a");
    assertThat(lifecycle.isStopped()).isTrue();
  }

  @Test
  void the_shutdown_hook_runs_on_a_named_thread_and_stops_everything() throws Exception {
    Lifecycle lifecycle = new Lifecycle(List.of(component("a", false)));
    lifecycle.start();
    Thread hook = lifecycle.installShutdownHook();
    try {
      assertThat(hook.getName()).isEqualTo("mineseal-shutdown");
      hook.start();
      hook.join(5000);
      assertThat(log).containsExactly("start a", "stop a");
    } finally {
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }
}

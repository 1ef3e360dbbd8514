package io.mineseal.edge.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.lifecycle.NamedThreads;
import io.mineseal.edge.support.MockGpio;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Inputs through Pi4J's mock provider: debounce, polarity, read-back, chatter. */
class InputMonitorTest {
  private final MockGpio gpio = new MockGpio();
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final EventSink sink =
      e -> {
        events.add(e);
        return e;
      };

  /** Real time plus an offset the test can jump forward. */
  private final AtomicLong offsetMillis = new AtomicLong();

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return Instant.now().plusMillis(offsetMillis.get());
        }
      };
  private final EventFactory factory = new EventFactory("s", "d", "b", clock);
  private InputMonitor monitor;

  private static InputConfig door(InputConfig.Level active, int debounce, int chatter) {
    return new InputConfig(
        "door1",
        InputConfig.Kind.DOOR,
        17,
        InputConfig.Pull.UP,
        active,
        debounce,
        chatter,
        InputConfig.Severity.ALARM,
        "shaft",
        null);
  }

  private void start(DigitalPins pins, InputConfig... inputs) throws Exception {
    monitor =
        new InputMonitor(
            List.of(inputs),
            pins,
            sink,
            factory,
            new HealthRegistry(clock),
            NamedThreads.scheduler("test-inputs"));
    monitor.start();
  }

  @AfterEach
  void stop() {
    if (monitor != null) {
      monitor.stop();
    }
    gpio.pins.close();
  }

  private long count(EventType type) {
    return events.stream().filter(e -> e.type() == type).count();
  }

  @Test
  void a_burst_of_edges_inside_the_debounce_window_gives_one_event() throws Exception {
    start(gpio.pins, door(InputConfig.Level.HIGH, 80, 100));
    for (int i = 0; i < 7; i++) {
      gpio.set(17, i % 2 == 0);
    }
    await().atMost(Duration.ofSeconds(3)).until(() -> count(EventType.DOOR_OPENED) == 1);
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(2))
        .until(() -> events.size() == 1);
    assertThat(events).extracting(Event::type).containsExactly(EventType.DOOR_OPENED);
    Event opened = events.get(0);
    assertThat(opened.details())
        .containsEntry("input", "door1")
        .containsEntry("state", "OPEN")
        .containsEntry("zone", "shaft");
    assertThat(opened.details().get("edgeTime")).isNotNull();
  }

  @Test
  void a_glitch_shorter_than_the_debounce_is_no_event() throws Exception {
    start(gpio.pins, door(InputConfig.Level.HIGH, 100, 100));
    gpio.set(17, true);
    gpio.set(17, false);
    await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(events::isEmpty);
  }

  @Test
  void polarity_comes_from_the_config_active_low_means_high_is_closed() throws Exception {
    gpio.pins.input(17, InputConfig.Pull.UP, (p, h) -> {});
    gpio.set(17, true);
    start(gpio.pins, door(InputConfig.Level.LOW, 10, 100));
    gpio.set(17, false);
    await().atMost(Duration.ofSeconds(3)).until(() -> count(EventType.DOOR_OPENED) == 1);
    gpio.set(17, true);
    await().atMost(Duration.ofSeconds(3)).until(() -> count(EventType.DOOR_CLOSED) == 1);
    assertThat(monitor.states()).containsEntry("door1", "CLOSED");
  }

  @Test
  void read_back_catches_a_change_whose_edge_was_missed() throws Exception {
    DigitalPins deaf =
        new DigitalPins() {
          @Override
          public void input(int pin, InputConfig.Pull pull, EdgeListener listener) {
            gpio.pins.input(pin, pull, (p, h) -> {}); // the interrupt never reaches us
          }

          @Override
          public boolean read(int pin) {
            return gpio.pins.read(pin);
          }

          @Override
          public void output(int pin, boolean high) {}

          @Override
          public void write(int pin, boolean high) {}

          @Override
          public void close() {}
        };
    start(deaf, door(InputConfig.Level.HIGH, 10, 100));
    gpio.set(17, true);
    await().atMost(Duration.ofSeconds(4)).until(() -> count(EventType.DOOR_OPENED) == 1);
  }

  @Test
  void a_chattering_input_is_one_fault_then_recovers_when_calm() throws Exception {
    start(gpio.pins, door(InputConfig.Level.HIGH, 5, 6));
    for (int i = 0; i < 20; i++) {
      gpio.set(17, i % 2 == 0);
      await().pollDelay(Duration.ofMillis(30)).atMost(Duration.ofSeconds(1)).until(() -> true);
    }
    await().atMost(Duration.ofSeconds(3)).until(() -> count(EventType.INPUT_FAULT) == 1);
    long doorEvents = count(EventType.DOOR_OPENED) + count(EventType.DOOR_CLOSED);
    assertThat(doorEvents).as("no flood: at most the limit").isLessThanOrEqualTo(6);
    assertThat(monitor.states()).containsEntry("door1", "FAULT");
    offsetMillis.addAndGet(61_000);
    await().atMost(Duration.ofSeconds(4)).until(() -> count(EventType.INPUT_RECOVERED) == 1);
    assertThat(count(EventType.INPUT_FAULT)).isEqualTo(1);
    assertThat(monitor.states().get("door1")).isIn("OPEN", "CLOSED");
  }

  @Test
  void a_door_open_at_start_is_reported_at_start() throws Exception {
    gpio.pins.input(17, InputConfig.Pull.UP, (p, h) -> {});
    gpio.set(17, true);
    start(gpio.pins, door(InputConfig.Level.HIGH, 10, 100));
    assertThat(events).extracting(Event::type).containsExactly(EventType.DOOR_OPENED);
  }
}

package io.mineseal.edge.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mineseal.edge.config.InputConfig;
import io.mineseal.edge.config.OutputConfig;
import io.mineseal.edge.config.PolicyConfig.MaintenanceWindow;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.lifecycle.NamedThreads;
import io.mineseal.edge.policy.ModeState;
import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.MemoryEventStore;
import io.mineseal.edge.support.Events;
import io.mineseal.edge.support.MockGpio;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Relays and the LED through Pi4J's mock provider. */
class OutputsTest {
  private static final int SIREN = 23;
  private static final int LED = 24;
  private static final int LOCK = 25;
  private final MockGpio gpio = new MockGpio();
  private final HealthRegistry health = new HealthRegistry(Clock.systemUTC());
  private final ModeState mode = new ModeState(new MemoryEventStore(Capacity.UNLIMITED), List.of());
  private Outputs outputs;

  @BeforeEach
  void start() {
    outputs =
        new Outputs(
            List.of(
                new OutputConfig(
                    "siren",
                    OutputConfig.Kind.SIREN,
                    SIREN,
                    InputConfig.Level.HIGH,
                    2,
                    List.of("person.entered", "door.opened"),
                    OutputConfig.LockState.ENGAGED),
                new OutputConfig(
                    "led",
                    OutputConfig.Kind.STATUS_LED,
                    LED,
                    InputConfig.Level.HIGH,
                    60,
                    List.of(),
                    OutputConfig.LockState.ENGAGED),
                new OutputConfig(
                    "hoist",
                    OutputConfig.Kind.LOCK,
                    LOCK,
                    InputConfig.Level.HIGH,
                    60,
                    List.of(),
                    OutputConfig.LockState.ENGAGED)),
            gpio.pins,
            mode,
            health,
            Clock.systemUTC(),
            NamedThreads.scheduler("test-outputs"));
    outputs.start();
  }

  @AfterEach
  void stop() {
    gpio.pins.close();
  }

  private static Event alarm(EventType type, boolean planned, String zone) {
    return Events.factory()
        .of(type, Source.camera("c"))
        .planned(planned)
        .details(Map.of("zone", zone))
        .build();
  }

  @Test
  void an_unplanned_trigger_alarm_sounds_the_siren_for_its_time() {
    outputs.onEvent(alarm(EventType.PERSON_ENTERED, false, "shaft"));
    await().atMost(Duration.ofSeconds(1)).until(() -> gpio.output(SIREN));
    await().atMost(Duration.ofSeconds(4)).until(() -> !gpio.output(SIREN));
  }

  @Test
  void planned_work_disarmed_zones_and_other_types_keep_it_silent() {
    outputs.onEvent(alarm(EventType.PERSON_ENTERED, true, "shaft"));
    outputs.onEvent(alarm(EventType.CAMERA_MOVED, false, "shaft"));
    mode.disarm("gate");
    outputs.onEvent(alarm(EventType.DOOR_OPENED, false, "gate"));
    assertThat(outputs.sounding("siren")).isFalse();
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(1))
        .until(() -> !gpio.output(SIREN));
  }

  @Test
  void the_platform_can_silence_it() {
    outputs.onEvent(alarm(EventType.DOOR_OPENED, false, "shaft"));
    await().atMost(Duration.ofSeconds(1)).until(() -> gpio.output(SIREN));
    outputs.silence();
    await().atMost(Duration.ofSeconds(1)).until(() -> !gpio.output(SIREN));
  }

  @Test
  void the_led_pattern_says_all_well_uplink_down_or_fault() {
    health.report("store", Status.UP, "ok");
    assertThat(outputs.pattern()).isEqualTo(LedPattern.ALL_WELL);
    health.report("uplink", Status.DOWN, "no broker");
    assertThat(outputs.pattern()).isEqualTo(LedPattern.UPLINK_DOWN);
    health.report("camera.c1", Status.DOWN, "offline");
    assertThat(outputs.pattern()).isEqualTo(LedPattern.FAULT);
    boolean[] seen = new boolean[2];
    await()
        .atMost(Duration.ofSeconds(2))
        .until(
            () -> {
              seen[gpio.output(LED) ? 1 : 0] = true;
              return seen[0] && seen[1];
            });
    assertThat(LedPattern.ALL_WELL.lit(3)).isTrue();
    assertThat(LedPattern.UPLINK_DOWN.lit(0)).isTrue();
    assertThat(LedPattern.UPLINK_DOWN.lit(7)).isFalse();
    assertThat(LedPattern.FAULT.lit(0)).isTrue();
    assertThat(LedPattern.FAULT.lit(1)).isFalse();
  }

  @Test
  void the_interlock_opens_only_in_a_maintenance_window_and_engages_at_stop() {
    assertThat(gpio.output(LOCK)).as("fail-secure lock: de-energised is engaged").isFalse();
    Instant now = Instant.now();
    mode.startMaintenance(
        new MaintenanceWindow(now, now.plusSeconds(60), "hoist inspection", List.of()));
    await().atMost(Duration.ofSeconds(1)).until(() -> gpio.output(LOCK));
    mode.endMaintenance(Instant.now());
    await().atMost(Duration.ofSeconds(1)).until(() -> !gpio.output(LOCK));
    mode.startMaintenance(
        new MaintenanceWindow(Instant.now(), Instant.now().plusSeconds(60), "again", List.of()));
    await().atMost(Duration.ofSeconds(1)).until(() -> gpio.output(LOCK));
    outputs.stop();
    assertThat(gpio.output(LOCK)).as("re-engaged when the daemon stops").isFalse();
  }
}

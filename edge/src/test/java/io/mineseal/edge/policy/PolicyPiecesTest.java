package io.mineseal.edge.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.config.PolicyConfig;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.MemoryEventStore;
import io.mineseal.edge.support.Events;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fusion window, day/night profiles, occupancy and modes that survive a restart. */
class PolicyPiecesTest {
  @Test
  void a_door_event_near_in_time_and_zone_is_fused_far_or_elsewhere_is_not() {
    FusionWindow fusion = new FusionWindow(30_000);
    Event door =
        Events.factory()
            .of(EventType.DOOR_OPENED, Source.input("d"))
            .details(Map.of("zone", "shaft"))
            .build();
    Event closed =
        Events.factory()
            .of(EventType.DOOR_CLOSED, Source.input("d"))
            .details(Map.of("zone", "shaft"))
            .build();
    fusion.observe(door);
    fusion.observe(closed);
    assertThat(fusion.near(door.ts().plusSeconds(20), "shaft")).containsExactly(door);
    assertThat(fusion.near(door.ts().minusSeconds(10), "shaft")).containsExactly(door);
    assertThat(fusion.near(door.ts().plusSeconds(31), "shaft")).isEmpty();
    assertThat(fusion.near(door.ts().plusSeconds(5), "gate")).isEmpty();
  }

  @Test
  void the_night_profile_wraps_midnight_in_the_site_time_zone() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    ScoreProfile p =
        new ScoreProfile(
            List.of(
                new PolicyConfig.Profile("night", LocalTime.of(19, 0), LocalTime.of(7, 0), 0.3),
                new PolicyConfig.Profile("day", LocalTime.of(7, 0), LocalTime.of(19, 0), 0.5)),
            0.4,
            shanghai);
    long nightUtc = Instant.parse("2026-01-10T15:30:00Z").toEpochMilli(); // 23:30 in Shanghai
    long earlyUtc = Instant.parse("2026-01-10T22:30:00Z").toEpochMilli(); // 06:30 next day
    long dayUtc = Instant.parse("2026-01-10T04:00:00Z").toEpochMilli(); // 12:00
    assertThat(p.applyAsDouble(nightUtc)).isEqualTo(0.3);
    assertThat(p.applyAsDouble(earlyUtc)).isEqualTo(0.3);
    assertThat(p.applyAsDouble(dayUtc)).isEqualTo(0.5);
    assertThat(new ScoreProfile(List.of(), 0.4, shanghai).applyAsDouble(dayUtc)).isEqualTo(0.4);
  }

  @Test
  void occupancy_and_modes_survive_a_restart_and_never_go_negative() {
    MemoryEventStore store = new MemoryEventStore(Capacity.UNLIMITED);
    Occupancy before = new Occupancy(store);
    before.add("shaft", 1);
    before.add("shaft", 1);
    before.add("gate", -1);
    ModeState mode = new ModeState(store, List.of());
    mode.disarm("gate");
    Instant now = Instant.now();
    mode.startMaintenance(
        new PolicyConfig.MaintenanceWindow(
            now, now.plusSeconds(600), "inspection", List.of("shaft")));
    Occupancy after = new Occupancy(store);
    ModeState restored = new ModeState(store, List.of());
    assertThat(after.get("shaft")).isEqualTo(2);
    assertThat(after.get("gate")).isZero();
    assertThat(restored.armed("gate")).isFalse();
    assertThat(restored.armed("shaft")).isTrue();
    assertThat(restored.planned(now.plusSeconds(60), "shaft")).isTrue();
    assertThat(restored.planned(now.plusSeconds(60), "gate")).isFalse();
    assertThat(restored.planned(now.plusSeconds(700), "shaft")).isFalse();
    assertThat(after.reset("shaft", 0)).isEqualTo(2);
    assertThat(new Occupancy(store).get("shaft")).isZero();
  }

  @Test
  void sustained_motion_in_an_equipment_zone_is_running_and_a_disagreeing_wire_is_flagged() {
    var camera = equipmentCamera("hoist-drum");
    EquipmentWatch watch = new EquipmentWatch(camera, z -> java.util.Optional.of("STOPPED"));
    List<Finding> found = new java.util.ArrayList<>();
    for (long t = 0; t <= 6000; t += 200) {
      found.addAll(watch.update(Map.of("hoist-drum", 8.0), t));
    }
    assertThat(found).extracting(Finding::type).containsExactly(EventType.EQUIPMENT_RUNNING);
    assertThat(found.get(0).details())
        .containsEntry("inputState", "STOPPED")
        .containsEntry("agreesWithInput", false);
    for (long t = 6200; t <= 17_000; t += 200) {
      found.addAll(watch.update(Map.of("hoist-drum", 0.2), t));
    }
    assertThat(found)
        .extracting(Finding::type)
        .containsExactly(EventType.EQUIPMENT_RUNNING, EventType.EQUIPMENT_STOPPED);
    assertThat(found.get(1).details()).containsEntry("agreesWithInput", true);
  }

  @Test
  void brief_motion_in_an_equipment_zone_is_not_running() {
    var camera = equipmentCamera("belt");
    EquipmentWatch watch = new EquipmentWatch(camera, z -> java.util.Optional.empty());
    List<Finding> found = new java.util.ArrayList<>();
    for (long t = 0; t <= 20_000; t += 200) {
      found.addAll(watch.update(Map.of("belt", t % 4000 < 2000 ? 8.0 : 0.0), t));
    }
    assertThat(found).isEmpty();
  }

  /** A camera whose only zone is an equipment zone with the given id. */
  private static io.mineseal.edge.config.CameraConfig equipmentCamera(String zoneId) {
    var zone =
        new io.mineseal.edge.config.ZoneConfig(
            zoneId,
            io.mineseal.edge.config.ZoneConfig.Kind.EQUIPMENT,
            new io.mineseal.edge.config.Polygon(
                List.of(
                    new io.mineseal.edge.config.Point(0, 0),
                    new io.mineseal.edge.config.Point(1, 0),
                    new io.mineseal.edge.config.Point(1, 1))),
            true);
    return new io.mineseal.edge.config.CameraConfig(
        "c",
        "c",
        "rtsp://x",
        false,
        new io.mineseal.edge.config.CameraConfig.Sampling(5, 100, 100, 10, 60),
        List.of(),
        new io.mineseal.edge.config.MotionConfig(100, 25, 0.3, 12, 10),
        new io.mineseal.edge.config.IntegrityConfig(5, 30, 5, 10, 20, 0.45),
        List.of(),
        List.of(zone),
        List.of());
  }
}

package io.mineseal.edge.policy;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.LineConfig;
import io.mineseal.edge.config.PolicyConfig;
import io.mineseal.edge.config.ZoneConfig;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Severity;
import io.mineseal.edge.track.LineCrossing;
import io.mineseal.edge.track.Track;
import io.mineseal.edge.vision.Box;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one camera's confirmed tracks into findings: entries and exits across lines with the new
 * occupancy, and one alarm per zone intrusion (person in a sealed zone, vehicle in a vehicle zone)
 * fused with recent door and lock events.
 */
public final class CameraPolicy {
  private final CameraConfig camera;
  private final Occupancy occupancy;
  private final ModeState mode;
  private final FusionWindow fusion;
  private final List<LineCrossing> lines = new ArrayList<>();
  private final Map<String, ZoneAlarm> alarms = new LinkedHashMap<>();
  private final Map<Integer, int[]> sides = new HashMap<>();
  private final EquipmentWatch equipment;

  public CameraPolicy(
      CameraConfig camera,
      PolicyConfig policy,
      Occupancy occupancy,
      ModeState mode,
      FusionWindow fusion) {
    this(camera, policy, occupancy, mode, fusion, zone -> java.util.Optional.empty());
  }

  /** With the state of equipment inputs by zone, so video and wire are compared. */
  public CameraPolicy(
      CameraConfig camera,
      PolicyConfig policy,
      Occupancy occupancy,
      ModeState mode,
      FusionWindow fusion,
      java.util.function.Function<String, java.util.Optional<String>> equipmentInput) {
    this.camera = camera;
    this.occupancy = occupancy;
    this.mode = mode;
    this.fusion = fusion;
    for (LineConfig line : camera.lines()) {
      lines.add(new LineCrossing(line, camera.sampling().width(), camera.sampling().height()));
    }
    for (ZoneConfig zone : camera.zones()) {
      if (zone.kind() == ZoneConfig.Kind.SEALED || zone.kind() == ZoneConfig.Kind.VEHICLE) {
        alarms.put(
            zone.id(),
            new ZoneAlarm(
                zone.id(),
                policy.minDurationMillis(),
                policy.endAfterSeconds() * 1000L,
                policy.cooldownSeconds() * 1000L));
      }
    }
    this.equipment = new EquipmentWatch(camera, equipmentInput);
  }

  /** One detector run's confirmed tracks (all tracks alive, confirmed or not, for forgetting). */
  public List<Finding> onTracks(List<Track> confirmed, List<Track> alive, long nowMillis) {
    List<Finding> out = new ArrayList<>();
    sides.keySet().removeIf(id -> alive.stream().noneMatch(t -> t.id() == id));
    for (Track t : alive) {
      crossings(t, confirmed.contains(t), out);
    }
    for (ZoneConfig zone : camera.zones()) {
      ZoneAlarm alarm = alarms.get(zone.id());
      if (alarm != null) {
        presence(zone, alarm, confirmed, nowMillis, out);
      }
    }
    return out;
  }

  /**
   * Follows every live track's side of each line from its first detection, and counts a change of
   * side once the track is confirmed, so a person who crosses while still being confirmed counts.
   */
  private void crossings(Track t, boolean confirmed, List<Finding> out) {
    // per line: [settled side, side last counted (or first seen)]
    int[] state = sides.computeIfAbsent(t.id(), id -> new int[lines.size() * 2]);
    for (int i = 0; i < lines.size(); i++) {
      int[] next = new int[1];
      lines.get(i).step(state[2 * i], t.box().cx(), t.box().cy(), next);
      state[2 * i] = next[0];
      if (state[2 * i + 1] == 0) {
        state[2 * i + 1] = next[0];
      } else if (confirmed && next[0] != 0 && next[0] != state[2 * i + 1]) {
        state[2 * i + 1] = next[0];
        out.add(crossing(lines.get(i).line(), t, next[0] > 0));
      }
    }
  }

  private Finding crossing(LineConfig line, Track t, boolean in) {
    String key = line.zone() != null ? line.zone() : line.id();
    int count = t.label().equals(Box.PERSON) ? occupancy.add(key, in ? 1 : -1) : occupancy.get(key);
    boolean person = t.label().equals(Box.PERSON);
    EventType type =
        person
            ? (in ? EventType.PERSON_ENTERED : EventType.PERSON_EXITED)
            : (in ? EventType.VEHICLE_ENTERED : EventType.VEHICLE_EXITED);
    boolean armed = mode == null || mode.armed(line.zone());
    Severity severity = armed ? type.defaultSeverity() : Severity.INFO;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("trackId", t.id());
    details.put("line", line.id());
    if (line.zone() != null) {
      details.put("zone", line.zone());
    }
    details.put("armed", armed);
    return new Finding(
        type,
        severity,
        line.zone(),
        person ? count : null,
        t.box().score(),
        List.of(t.box()),
        details);
  }

  private void presence(
      ZoneConfig zone, ZoneAlarm alarm, List<Track> confirmed, long now, List<Finding> out) {
    String label = zone.kind() == ZoneConfig.Kind.VEHICLE ? Box.VEHICLE : Box.PERSON;
    List<Box> inside = new ArrayList<>();
    for (Track t : confirmed) {
      double x = t.box().cx() / camera.sampling().width();
      double y = t.box().cy() / camera.sampling().height();
      if (t.label().equals(label) && t.misses() == 0 && zone.area().contains(x, y)) {
        inside.add(t.box());
      }
    }
    boolean armed = zone.armed() && (mode == null || mode.armed(zone.id()));
    ZoneAlarm.Phase phase = alarm.update(armed ? inside.size() : 0, now);
    if (phase == ZoneAlarm.Phase.NONE) {
      return;
    }
    EventType type =
        label.equals(Box.PERSON) ? EventType.PERSON_PRESENT : EventType.VEHICLE_PRESENT;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("zone", zone.id());
    details.put("alarmId", alarm.alarmId());
    details.put("phase", phase.name().toLowerCase());
    details.put("count", inside.size());
    double confidence = inside.stream().mapToDouble(Box::score).max().orElse(0);
    if (fusion != null && phase != ZoneAlarm.Phase.END) {
      List<String> fused =
          fusion.near(Instant.ofEpochMilli(now), zone.id()).stream().map(Event::eventId).toList();
      if (!fused.isEmpty()) {
        details.put("fusedWith", fused);
        confidence = 1 - (1 - confidence) * 0.5;
      }
    }
    Severity severity = phase == ZoneAlarm.Phase.END ? Severity.INFO : type.defaultSeverity();
    out.add(
        new Finding(
            type, severity, zone.id(), occupancyOf(zone.id()), confidence, inside, details));
  }

  private Integer occupancyOf(String zone) {
    boolean counted = camera.lines().stream().anyMatch(l -> zone.equals(l.zone()));
    return counted ? occupancy.get(zone) : null;
  }

  /** Equipment zones: sustained motion inside means the hoist or belt runs. */
  public List<Finding> onMotion(Map<String, Double> zoneMotionPercent, long nowMillis) {
    return equipment.update(zoneMotionPercent, nowMillis);
  }

  /** Whether any zone alarm is open (the detector keeps running while one is). */
  public boolean alarmOpen() {
    return alarms.values().stream().anyMatch(ZoneAlarm::open);
  }
}

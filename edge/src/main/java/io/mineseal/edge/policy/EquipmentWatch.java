package io.mineseal.edge.policy;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.ZoneConfig;
import io.mineseal.edge.event.EventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Equipment running or stopped, from sustained motion inside an equipment zone. */
final class EquipmentWatch {
  static final double MOVING_PERCENT = 2.0;
  static final long RUNNING_AFTER_MILLIS = 5000;
  static final long STOPPED_AFTER_MILLIS = 10_000;

  private final Map<String, long[]> state = new LinkedHashMap<>();
  private final Map<String, Boolean> running = new LinkedHashMap<>();

  private final java.util.function.Function<String, java.util.Optional<String>> inputState;

  /**
   * @param inputState the logical state (RUNNING/STOPPED) of an equipment input wired for a zone,
   *     if any, so the video and the wire can be compared
   */
  EquipmentWatch(
      CameraConfig camera,
      java.util.function.Function<String, java.util.Optional<String>> inputState) {
    this.inputState = inputState;
    for (ZoneConfig zone : camera.zones()) {
      if (zone.kind() == ZoneConfig.Kind.EQUIPMENT) {
        state.put(zone.id(), new long[] {-1, -1});
        running.put(zone.id(), false);
      }
    }
  }

  List<Finding> update(Map<String, Double> zoneMotion, long now) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : state.entrySet()) {
      String zone = e.getKey();
      long[] since = e.getValue();
      boolean moving = zoneMotion.getOrDefault(zone, 0.0) >= MOVING_PERCENT;
      since[0] = moving ? (since[0] < 0 ? now : since[0]) : -1;
      since[1] = moving ? -1 : (since[1] < 0 ? now : since[1]);
      boolean on = running.get(zone);
      if (!on && since[0] >= 0 && now - since[0] >= RUNNING_AFTER_MILLIS) {
        running.put(zone, true);
        out.add(finding(EventType.EQUIPMENT_RUNNING, zone, zoneMotion.get(zone)));
      } else if (on && since[1] >= 0 && now - since[1] >= STOPPED_AFTER_MILLIS) {
        running.put(zone, false);
        out.add(finding(EventType.EQUIPMENT_STOPPED, zone, zoneMotion.getOrDefault(zone, 0.0)));
      }
    }
    return out;
  }

  private Finding finding(EventType type, String zone, double percent) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("zone", zone);
    details.put("motionPercent", Math.round(percent * 10) / 10.0);
    details.put("source", "video");
    inputState
        .apply(zone)
        .ifPresent(
            state -> {
              details.put("inputState", state);
              // the wire says stopped while the drum turns (or the reverse): a bypassed relay, or a
              // fault
              details.put(
                  "agreesWithInput",
                  state.equals(type == EventType.EQUIPMENT_RUNNING ? "RUNNING" : "STOPPED"));
            });
    return new Finding(type, type.defaultSeverity(), zone, null, 0.8, List.of(), details);
  }
}

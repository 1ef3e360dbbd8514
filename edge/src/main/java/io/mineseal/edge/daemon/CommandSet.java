package io.mineseal.edge.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import io.mineseal.edge.camera.CameraWorker;
import io.mineseal.edge.command.CommandAuthenticator;
import io.mineseal.edge.command.Commands;
import io.mineseal.edge.config.PolicyConfig.MaintenanceWindow;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The platform's commands and what each one does to the daemon. */
final class CommandSet {
  private CommandSet() {}

  static Commands create(Shared s, byte[] key) {
    Commands c = new Commands(new CommandAuthenticator(key, s.clock), s.recorder, s.events);
    c.on("ping", args -> Map.of("pong", s.clock.instant().toString(), "bootId", s.events.bootId()));
    c.on(
        "rebirth",
        args -> {
          s.hooks.uplink.requestBirth();
          return Map.of();
        });
    c.on("maintenance", args -> maintenance(s, args));
    c.on("arm", args -> arm(s, args, true));
    c.on("disarm", args -> arm(s, args, false));
    c.on("ack", args -> ack(s, args));
    c.on(
        "snapshot",
        args -> {
          String id = "snapshot-" + UUID.randomUUID();
          camera(s, args).pipeline().requestSnapshot(id);
          return Map.of("snapshotId", id, "topic", "evidence/" + id);
        });
    c.on(
        "silence",
        args -> {
          if (s.hooks.outputs != null) {
            s.hooks.outputs.silence();
          }
          return Map.of("silenced", s.hooks.outputs != null);
        });
    c.on("reset-occupancy", args -> resetOccupancy(s, args));
    c.on(
        "set-reference",
        args -> {
          camera(s, args).pipeline().retakeReference();
          return Map.of("camera", args.path("camera").asText());
        });
    return c;
  }

  private static CameraWorker camera(Shared s, JsonNode args) {
    CameraWorker w = s.hooks.cameras.get(args.path("camera").asText(""));
    if (w == null) {
      throw new IllegalArgumentException("camera must be one of " + s.hooks.cameras.keySet());
    }
    return w;
  }

  private static Map<String, Object> resetOccupancy(Shared s, JsonNode args) {
    String zone = args.path("zone").asText("");
    int value = args.path("value").asInt(0);
    if (zone.isEmpty() || value < 0 || value > 10_000) {
      throw new IllegalArgumentException("needs zone and a value from 0 to 10000");
    }
    int previous = s.occupancy.reset(zone, value);
    s.recorder.record(
        s.events
            .of(EventType.OCCUPANCY_RESET, Source.device(s.events.deviceId()))
            .occupancy(value)
            .details(Map.of("zone", zone, "previous", previous))
            .build());
    return Map.of("zone", zone, "previous", previous, "occupancy", value);
  }

  private static Map<String, Object> maintenance(Shared s, JsonNode args) {
    String action = args.path("action").asText("");
    Instant now = s.clock.instant();
    Source self = Source.device(s.events.deviceId());
    if (action.equals("end")) {
      int ended = s.mode.endMaintenance(now);
      s.recorder.record(
          s.events.of(EventType.MAINTENANCE_ENDED, self).details(Map.of("windows", ended)).build());
      return Map.of("ended", ended);
    }
    if (!action.equals("start")) {
      throw new IllegalArgumentException("action must be start or end");
    }
    String reason = args.path("reason").asText("");
    long minutes = args.path("durationMinutes").asLong(0);
    if (reason.isBlank() || minutes < 1 || minutes > 7 * 24 * 60) {
      throw new IllegalArgumentException(
          "start needs a reason and durationMinutes from 1 to 10080");
    }
    List<String> zones = strings(args.path("zones"));
    Instant until = now.plus(Duration.ofMinutes(minutes));
    s.mode.startMaintenance(new MaintenanceWindow(now, until, reason, zones));
    s.recorder.record(
        s.events
            .of(EventType.MAINTENANCE_STARTED, self)
            .planned(true)
            .details(Map.of("reason", reason, "until", until.toString(), "zones", zones))
            .build());
    return Map.of("until", until.toString());
  }

  private static Map<String, Object> arm(Shared s, JsonNode args, boolean armed) {
    String zone = args.hasNonNull("zone") ? args.get("zone").asText() : null;
    if (zone != null && s.config.cameras().stream().noneMatch(c -> c.zone(zone) != null)) {
      throw new IllegalArgumentException("no zone " + zone);
    }
    if (armed) {
      s.mode.arm(zone);
    } else {
      s.mode.disarm(zone);
    }
    EventType type = armed ? EventType.ARMED : EventType.DISARMED;
    s.recorder.record(
        s.events
            .of(type, Source.device(s.events.deviceId()))
            .details(Map.of("zone", zone == null ? "*" : zone))
            .build());
    return Map.of("zone", zone == null ? "*" : zone, "armed", armed);
  }

  private static Map<String, Object> ack(Shared s, JsonNode args) {
    List<String> ids = strings(args.path("eventIds"));
    if (ids.isEmpty() || ids.size() > 10_000) {
      throw new IllegalArgumentException("eventIds must list 1 to 10000 event ids");
    }
    int held = (int) ids.stream().filter(s.store::holds).count();
    s.store.delivered(ids);
    return Map.of("acknowledged", held);
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> out.add(n.asText()));
    } else if (!array.isMissingNode() && !array.isNull()) {
      throw new IllegalArgumentException("expected a list of strings");
    }
    return out;
  }
}

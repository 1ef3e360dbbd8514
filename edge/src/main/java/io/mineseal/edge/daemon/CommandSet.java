package io.mineseal.edge.daemon;

import com.fasterxml.jackson.databind.JsonNode;
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

/** The platform's commands and what each one does to the daemon. */
final class CommandSet {
  private CommandSet() {}

  static Commands create(Assembly.Parts p, byte[] key) {
    Commands c = new Commands(new CommandAuthenticator(key, p.clock()), p.recorder(), p.events());
    c.on(
        "ping",
        args -> Map.of("pong", p.clock().instant().toString(), "bootId", p.events().bootId()));
    c.on(
        "rebirth",
        args -> {
          p.uplink().requestBirth();
          return Map.of();
        });
    c.on("maintenance", args -> maintenance(p, args));
    c.on("arm", args -> arm(p, args, true));
    c.on("disarm", args -> arm(p, args, false));
    c.on("ack", args -> ack(p, args));
    return c;
  }

  private static Map<String, Object> maintenance(Assembly.Parts p, JsonNode args) {
    String action = args.path("action").asText("");
    Instant now = p.clock().instant();
    Source self = Source.device(p.events().deviceId());
    if (action.equals("end")) {
      int ended = p.mode().endMaintenance(now);
      p.recorder()
          .record(
              p.events()
                  .of(EventType.MAINTENANCE_ENDED, self)
                  .details(Map.of("windows", ended))
                  .build());
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
    p.mode().startMaintenance(new MaintenanceWindow(now, until, reason, zones));
    p.recorder()
        .record(
            p.events()
                .of(EventType.MAINTENANCE_STARTED, self)
                .planned(true)
                .details(Map.of("reason", reason, "until", until.toString(), "zones", zones))
                .build());
    return Map.of("until", until.toString());
  }

  private static Map<String, Object> arm(Assembly.Parts p, JsonNode args, boolean armed) {
    String zone = args.hasNonNull("zone") ? args.get("zone").asText() : null;
    if (zone != null && p.config().cameras().stream().noneMatch(c -> c.zone(zone) != null)) {
      throw new IllegalArgumentException("no zone " + zone);
    }
    if (armed) {
      p.mode().arm(zone);
    } else {
      p.mode().disarm(zone);
    }
    Source self = Source.device(p.events().deviceId());
    EventType type = armed ? EventType.ARMED : EventType.DISARMED;
    p.recorder()
        .record(
            p.events().of(type, self).details(Map.of("zone", zone == null ? "*" : zone)).build());
    return Map.of("zone", zone == null ? "*" : zone, "armed", armed);
  }

  private static Map<String, Object> ack(Assembly.Parts p, JsonNode args) {
    List<String> ids = strings(args.path("eventIds"));
    if (ids.isEmpty() || ids.size() > 10_000) {
      throw new IllegalArgumentException("eventIds must list 1 to 10000 event ids");
    }
    int held = (int) ids.stream().filter(p.store()::holds).count();
    p.store().delivered(ids);
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

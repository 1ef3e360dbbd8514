package io.mineseal.edge.uplink;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventJson;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.Outgoing;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Turns the uplink's messages into topics and payloads of wire contract v1. */
final class Publisher {
  private final Transport transport;
  private final Uplink.Parts parts;
  private final Consumer<String> onConfirmed;
  private final Duration healthInterval;
  private Instant nextHealth = Instant.MIN;

  Publisher(Transport transport, Uplink.Parts parts, Consumer<String> onConfirmed) {
    this.transport = transport;
    this.parts = parts;
    this.onConfirmed = onConfirmed;
    this.healthInterval = parts.healthInterval();
  }

  byte[] statusJson(String state, int session) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", state);
    body.put("session", session);
    body.put("bootId", parts.bootId());
    body.put("ts", parts.clock().instant().toString());
    return json(body);
  }

  void status(String state, int session) {
    transport.publish(parts.topics().status(), statusJson(state, session), 1, true, () -> {});
  }

  void birth() {
    transport.publish(parts.topics().birth(), json(parts.content().birth()), 1, false, () -> {});
  }

  void event(Outgoing e, boolean historical) {
    byte[] payload = e.payload(historical).getBytes(StandardCharsets.UTF_8);
    transport.publish(
        parts.topics().event(), payload, 1, false, () -> onConfirmed.accept(e.eventId()));
    if (parts.sendEvidence() && e.hasEvidence()) {
      snapshot(e.eventId());
    }
  }

  void snapshot(String id) {
    parts
        .content()
        .snapshot(id)
        .ifPresent(
            jpeg -> transport.publish(parts.topics().evidence(id), jpeg, 1, false, () -> {}));
  }

  void reply(String command, Map<String, Object> body) {
    transport.publish(parts.topics().reply(command), json(body), 1, false, () -> {});
  }

  void healthIfDue(EventStore store, LinkState link) {
    Instant now = parts.clock().instant();
    if (now.isBefore(nextHealth)) {
      return;
    }
    nextHealth = now.plus(healthInterval);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ts", now.toString());
    body.put("bootId", parts.bootId());
    Map<String, Object> queue = new LinkedHashMap<>();
    store.depth().forEach((EventClass c, Integer n) -> queue.put(c.name().toLowerCase(), n));
    body.put("queueDepth", queue);
    body.put(
        "oldestUnsentSeconds",
        store.oldestUnsent().map(t -> Duration.between(t, now).toSeconds()).orElse(0L));
    body.put("lastPublish", link.lastPublish() == null ? null : link.lastPublish().toString());
    body.put("reconnectsLastHour", link.reconnectsLastHour());
    body.putAll(parts.content().health());
    transport.publish(parts.topics().health(), json(body), 0, false, () -> {});
  }

  static byte[] json(Map<String, Object> body) {
    try {
      return EventJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode message", e);
    }
  }
}

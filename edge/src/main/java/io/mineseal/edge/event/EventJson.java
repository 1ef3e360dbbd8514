package io.mineseal.edge.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one JSON form of an event: the MQTT payload, the store's row and replay's output. */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", Event.SCHEMA);
    o.put("eventId", e.eventId());
    o.put("seq", e.seq());
    o.put("bootId", e.bootId());
    o.put("siteId", e.siteId());
    o.put("deviceId", e.deviceId());
    o.put("type", e.type().wire());
    o.put("severity", e.severity().wire());
    o.putObject("source").put("kind", e.source().kind()).put("id", e.source().id());
    o.put("ts", e.ts().toString());
    o.put("planned", e.planned());
    o.put("historical", e.historical());
    if (e.occupancy() != null) {
      o.put("occupancy", e.occupancy());
    }
    if (e.confidence() != null) {
      o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    }
    e.evidence().forEach(o.putArray("evidence")::add);
    if (e.evidence().isEmpty()) {
      o.putArray("evidence");
    }
    o.set("details", MAPPER.valueToTree(new java.util.TreeMap<>(e.details())));
    return o.toString();
  }

  public static Event read(String json) {
    try {
      JsonNode o = MAPPER.readTree(json);
      EventType type =
          EventType.fromWire(o.path("type").asText())
              .orElseThrow(() -> new IllegalArgumentException("unknown type " + o.path("type")));
      List<String> evidence = new ArrayList<>();
      o.path("evidence").forEach(n -> evidence.add(n.asText()));
      @SuppressWarnings("unchecked")
      Map<String, Object> details = MAPPER.convertValue(o.path("details"), Map.class);
      return new Event(
          o.path("eventId").asText(),
          o.path("seq").asLong(),
          o.path("bootId").asText(),
          o.path("siteId").asText(),
          o.path("deviceId").asText(),
          type,
          Severity.valueOf(o.path("severity").asText().toUpperCase(java.util.Locale.ROOT)),
          new Source(o.path("source").path("kind").asText(), o.path("source").path("id").asText()),
          Instant.parse(o.path("ts").asText()),
          o.path("planned").asBoolean(),
          o.path("historical").asBoolean(),
          o.hasNonNull("occupancy") ? o.get("occupancy").asInt() : null,
          o.hasNonNull("confidence") ? o.get("confidence").asDouble() : null,
          evidence,
          details == null ? Map.of() : details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an event: " + e.getOriginalMessage(), e);
    }
  }
}

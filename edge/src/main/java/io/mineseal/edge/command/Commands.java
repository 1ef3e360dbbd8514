package io.mineseal.edge.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.uplink.CommandHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates and runs platform commands. A refused command gets an error reply and a {@code
 * command.rejected} event, and changes nothing.
 */
public final class Commands implements CommandHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

  private final CommandAuthenticator auth;
  private final EventSink sink;
  private final EventFactory events;
  private final Map<String, Function<JsonNode, Map<String, Object>>> handlers = new TreeMap<>();

  public Commands(CommandAuthenticator auth, EventSink sink, EventFactory events) {
    this.auth = auth;
    this.sink = sink;
    this.events = events;
  }

  /** Adds a command; the handler throws {@link IllegalArgumentException} on bad arguments. */
  public Commands on(String name, Function<JsonNode, Map<String, Object>> handler) {
    handlers.put(name, handler);
    return this;
  }

  @Override
  public Map<String, Object> handle(String name, byte[] payload) {
    if (!handlers.containsKey(name)) {
      return reject(name, null, "unknown command; known: " + String.join(", ", handlers.keySet()));
    }
    CommandAuthenticator.Verdict verdict = auth.verify(name, payload);
    if (!verdict.ok()) {
      return reject(name, null, verdict.error());
    }
    try {
      Map<String, Object> reply = new LinkedHashMap<>();
      reply.put("ok", true);
      reply.put("nonce", verdict.nonce());
      reply.putAll(handlers.get(name).apply(verdict.args()));
      LOG.info("Command {} accepted", name);
      return reply;
    } catch (IllegalArgumentException e) {
      return reject(name, verdict.nonce(), "bad arguments: " + e.getMessage());
    }
  }

  private Map<String, Object> reject(String name, String nonce, String reason) {
    LOG.warn("Command {} rejected: {}", name, reason);
    sink.record(
        events
            .of(EventType.COMMAND_REJECTED, Source.device(events.deviceId()))
            .details(
                Map.of(
                    "command", name.length() > 64 ? name.substring(0, 64) : name, "reason", reason))
            .build());
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("ok", false);
    if (nonce != null) {
      reply.put("nonce", nonce);
    }
    reply.put("error", reason);
    return reply;
  }
}

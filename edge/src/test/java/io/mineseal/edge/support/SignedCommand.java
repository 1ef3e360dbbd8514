package io.mineseal.edge.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mineseal.edge.command.CommandAuthenticator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** Builds command envelopes the way the platform signs them. */
public final class SignedCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SignedCommand() {}

  public static byte[] envelope(
      byte[] key, String name, Instant ts, String nonce, Map<String, ?> args) {
    ObjectNode body = JSON.createObjectNode();
    body.put("ts", ts.toString());
    body.put("nonce", nonce);
    body.set("args", JSON.valueToTree(args));
    String text = body.toString();
    ObjectNode env = JSON.createObjectNode();
    env.put("body", text);
    env.put("sig", HexFormat.of().formatHex(CommandAuthenticator.sign(key, name, text)));
    return env.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] valid(byte[] key, String name, Map<String, ?> args) {
    return envelope(key, name, Instant.now(), UUID.randomUUID().toString(), args);
  }
}

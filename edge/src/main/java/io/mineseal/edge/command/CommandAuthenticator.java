package io.mineseal.edge.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a command envelope {@code {"body":"<json text>","sig":"<hex>"}} where {@code sig} is
 * HMAC-SHA256(key, name + "\n" + body) and body is {@code {"ts":..,"nonce":..,"args":{..}}}. The
 * command name is signed so that a captured {@code arm} cannot be replayed as {@code disarm}.
 */
public final class CommandAuthenticator {
  public static final int MAX_PAYLOAD_BYTES = 64 * 1024;
  static final Duration MAX_SKEW = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final byte[] key;
  private final Clock clock;
  private final Map<String, Instant> nonces = new LinkedHashMap<>();

  /** A verified command's arguments, or the reason it was refused. */
  public record Verdict(JsonNode args, String nonce, String error) {
    static Verdict refuse(String why) {
      return new Verdict(null, null, why);
    }

    public boolean ok() {
      return error == null;
    }
  }

  public CommandAuthenticator(byte[] key, Clock clock) {
    this.key = key == null ? null : key.clone();
    this.clock = clock;
  }

  public synchronized Verdict verify(String name, byte[] payload) {
    if (key == null || key.length == 0) {
      return Verdict.refuse("commands are disabled: no uplink.commandKeyFile configured");
    }
    if (payload.length > MAX_PAYLOAD_BYTES) {
      return Verdict.refuse("payload of " + payload.length + " bytes is larger than 64 KiB");
    }
    JsonNode envelope;
    try {
      envelope = JSON.readTree(utf8(payload));
    } catch (CharacterCodingException e) {
      return Verdict.refuse("payload is not valid UTF-8");
    } catch (java.io.IOException e) {
      return Verdict.refuse("malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (envelope == null
        || !envelope.path("body").isTextual()
        || !envelope.path("sig").isTextual()) {
      return Verdict.refuse("envelope must be {\"body\": \"<json text>\", \"sig\": \"<hex>\"}");
    }
    String body = envelope.get("body").asText();
    if (!signatureMatches(name, body, envelope.get("sig").asText())) {
      return Verdict.refuse("bad signature");
    }
    return checkBody(body);
  }

  private Verdict checkBody(String body) {
    JsonNode b;
    try {
      b = JSON.readTree(body);
    } catch (java.io.IOException e) {
      return Verdict.refuse("malformed JSON in body");
    }
    if (b == null || !b.path("ts").isTextual() || !b.path("nonce").isTextual()) {
      return Verdict.refuse("body must carry ts (ISO-8601) and nonce");
    }
    Instant now = clock.instant();
    Instant ts;
    try {
      ts = Instant.parse(b.get("ts").asText());
    } catch (DateTimeParseException e) {
      return Verdict.refuse("ts is not an ISO-8601 time");
    }
    if (Duration.between(ts, now).abs().compareTo(MAX_SKEW) > 0) {
      return Verdict.refuse("timestamp " + ts + " is more than 5 minutes from device time " + now);
    }
    String nonce = b.get("nonce").asText();
    if (nonce.length() < 8 || nonce.length() > 128) {
      return Verdict.refuse("nonce must be 8 to 128 characters");
    }
    nonces.values().removeIf(seen -> seen.isBefore(now.minus(MAX_SKEW.multipliedBy(2))));
    if (nonces.putIfAbsent(nonce, now) != null) {
      return Verdict.refuse("nonce already used (replayed command)");
    }
    JsonNode args = b.path("args");
    return new Verdict(args.isMissingNode() ? JSON.createObjectNode() : args, nonce, null);
  }

  private boolean signatureMatches(String name, String body, String sigHex) {
    try {
      byte[] given = HexFormat.of().parseHex(sigHex);
      return MessageDigest.isEqual(sign(key, name, body), given);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The signature a platform (or a test) must send for {@code name} and {@code body}. */
  public static byte[] sign(byte[] key, String name, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal((name + "\n" + body).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private static String utf8(byte[] payload) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(payload))
        .toString();
  }
}

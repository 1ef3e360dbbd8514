package io.mineseal.edge.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.support.SignedCommand;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandAuthenticatorTest {
  private static final byte[] KEY = "k3y-for-tests".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private final CommandAuthenticator auth =
      new CommandAuthenticator(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

  private String verify(String name, byte[] payload) {
    CommandAuthenticator.Verdict v = auth.verify(name, payload);
    return v.ok() ? "ok" : v.error();
  }

  @Test
  void accepts_a_correctly_signed_fresh_command_and_returns_its_arguments() {
    byte[] p =
        SignedCommand.envelope(
            KEY, "arm", NOW.minusSeconds(60), "nonce-0001", Map.of("zone", "shaft"));
    CommandAuthenticator.Verdict v = auth.verify("arm", p);
    assertThat(v.ok()).isTrue();
    assertThat(v.args().path("zone").asText()).isEqualTo("shaft");
  }

  @Test
  void refuses_a_replayed_nonce() {
    byte[] p = SignedCommand.envelope(KEY, "ping", NOW, "nonce-0002", Map.of());
    assertThat(verify("ping", p)).isEqualTo("ok");
    assertThat(verify("ping", p)).contains("nonce already used");
  }

  @Test
  void refuses_a_timestamp_more_than_five_minutes_away_either_side() {
    assertThat(
            verify(
                "ping",
                SignedCommand.envelope(KEY, "ping", NOW.minusSeconds(301), "nonce-0003", Map.of())))
        .contains("more than 5 minutes");
    assertThat(
            verify(
                "ping",
                SignedCommand.envelope(KEY, "ping", NOW.plusSeconds(301), "nonce-0004", Map.of())))
        .contains("more than 5 minutes");
  }

  @Test
  void a_signature_for_one_command_does_not_authorise_another() {
    byte[] arm = SignedCommand.envelope(KEY, "arm", NOW, "nonce-0005", Map.of());
    assertThat(verify("disarm", arm)).isEqualTo("bad signature");
  }

  @Test
  void refuses_a_wrong_key_malformed_json_invalid_utf8_and_oversize_payloads() {
    byte[] forged =
        SignedCommand.envelope(
            "other".getBytes(StandardCharsets.UTF_8), "ping", NOW, "nonce-0006", Map.of());
    assertThat(verify("ping", forged)).isEqualTo("bad signature");
    assertThat(verify("ping", "{not json".getBytes(StandardCharsets.UTF_8)))
        .startsWith("malformed JSON");
    assertThat(verify("ping", new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}))
        .isEqualTo("payload is not valid UTF-8");
    assertThat(verify("ping", new byte[64 * 1024 + 1])).contains("larger than 64 KiB");
    assertThat(verify("ping", "{\"body\":1}".getBytes(StandardCharsets.UTF_8)))
        .startsWith("envelope must be");
  }

  @Test
  void with_no_key_every_command_is_refused() {
    CommandAuthenticator none = new CommandAuthenticator(null, Clock.systemUTC());
    assertThat(none.verify("ping", SignedCommand.valid(KEY, "ping", Map.of())).error())
        .contains("disabled");
  }
}

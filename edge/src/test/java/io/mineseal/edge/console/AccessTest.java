package io.mineseal.edge.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The password, the session cookie and the lock-out, on a ticker the test moves. */
class AccessTest {
  private final AtomicLong ticker = new AtomicLong();
  private final Access lan = new Access("s3cret-pass", true, 3, 60, ticker::get);

  private static HttpRequest from(String address, boolean loopback, Map<String, String> headers) {
    return new HttpRequest("GET", "/", Map.of(), headers, "", address, loopback);
  }

  @Test
  void with_lan_access_pages_need_the_password_everywhere_and_health_only_off_the_box() {
    assertThat(lan.required()).isTrue();
    assertThat(lan.allowed(from("127.0.0.1", true, Map.of()), false)).isFalse();
    assertThat(lan.allowed(from("192.0.2.7", false, Map.of()), false)).isFalse();
    assertThat(lan.allowed(from("127.0.0.1", true, Map.of()), true)).isTrue();
    assertThat(lan.allowed(from("192.0.2.7", false, Map.of()), true)).isFalse();
    Access local = new Access(null, false, 3, 60, ticker::get);
    assertThat(local.required()).isFalse();
    assertThat(local.allowed(from("127.0.0.1", true, Map.of()), false)).isTrue();
  }

  @Test
  void the_right_password_gives_a_session_cookie_that_lets_the_next_requests_pass() {
    Access.Attempt a = lan.attempt("192.0.2.7", "s3cret-pass");
    assertThat(a).isInstanceOf(Access.Attempt.Granted.class);
    String session = ((Access.Attempt.Granted) a).session();
    assertThat(session).hasSize(64);
    HttpRequest withCookie =
        from("192.0.2.7", false, Map.of("cookie", "a=b; " + Access.COOKIE + "=" + session));
    assertThat(lan.allowed(withCookie, false)).isTrue();
    assertThat(
            lan.allowed(
                from("192.0.2.7", false, Map.of("cookie", Access.COOKIE + "=forged")), false))
        .isFalse();
    lan.logout(withCookie);
    assertThat(lan.allowed(withCookie, false)).isFalse();
  }

  @Test
  void a_session_ends_after_twelve_hours() {
    String session = ((Access.Attempt.Granted) lan.attempt("192.0.2.7", "s3cret-pass")).session();
    HttpRequest r = from("192.0.2.7", false, Map.of("cookie", Access.COOKIE + "=" + session));
    ticker.addAndGet(11L * 3600 * 1_000_000_000L);
    assertThat(lan.allowed(r, false)).isTrue();
    ticker.addAndGet(2L * 3600 * 1_000_000_000L);
    assertThat(lan.allowed(r, false)).isFalse();
  }

  @Test
  void repeated_failures_lock_the_address_out_even_for_the_right_password_until_the_time_passes() {
    assertThat(lan.attempt("192.0.2.7", "guess1")).isEqualTo(new Access.Attempt.Refused(2));
    assertThat(lan.attempt("192.0.2.7", "guess2")).isEqualTo(new Access.Attempt.Refused(1));
    assertThat(lan.attempt("192.0.2.7", "guess3")).isEqualTo(new Access.Attempt.LockedOut(60));
    ticker.addAndGet(30_000_000_000L);
    assertThat(lan.attempt("192.0.2.7", "s3cret-pass")).isEqualTo(new Access.Attempt.LockedOut(30));
    assertThat(lan.attempt("192.0.2.99", "s3cret-pass"))
        .as("another address is not locked")
        .isInstanceOf(Access.Attempt.Granted.class);
    ticker.addAndGet(31_000_000_000L);
    assertThat(lan.attempt("192.0.2.7", "s3cret-pass")).isInstanceOf(Access.Attempt.Granted.class);
  }

  @Test
  void basic_credentials_pass_and_count_as_attempts() {
    String good =
        Base64.getEncoder().encodeToString("any:s3cret-pass".getBytes(StandardCharsets.UTF_8));
    String bad = Base64.getEncoder().encodeToString("any:nope".getBytes(StandardCharsets.UTF_8));
    assertThat(
            lan.allowed(from("192.0.2.8", false, Map.of("authorization", "Basic " + good)), false))
        .isTrue();
    for (String ignored : List.of("1", "2", "3")) {
      assertThat(
              lan.allowed(from("192.0.2.8", false, Map.of("authorization", "Basic " + bad)), false))
          .isFalse();
    }
    assertThat(
            lan.allowed(from("192.0.2.8", false, Map.of("authorization", "Basic " + good)), false))
        .as("locked out after three wrong tries")
        .isFalse();
  }

  @Test
  void a_password_that_only_starts_like_the_right_one_is_wrong() {
    assertThat(lan.attempt("192.0.2.9", "s3cret-pas")).isInstanceOf(Access.Attempt.Refused.class);
    assertThat(lan.attempt("192.0.2.9", "s3cret-pass ")).isInstanceOf(Access.Attempt.Refused.class);
  }
}

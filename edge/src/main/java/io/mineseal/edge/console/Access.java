package io.mineseal.edge.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Who may use the console. Bound to loopback only, everyone on the box. With LAN access on, every
 * page needs the password, given once on the login page (then a session cookie) or as HTTP Basic
 * credentials (scrapers, curl); only {@code /healthz} and {@code /metrics} stay open to clients on
 * the box itself, for {@code mineseal status}. Passwords are compared in constant time; an address
 * that fails {@code maxFailures} times in a row is refused, even with the right password, for the
 * lock-out time. Times are on the monotonic clock.
 */
public final class Access {
  static final String COOKIE = "mineseal_session";
  private static final long SESSION_NANOS = 12L * 3600 * 1_000_000_000L;
  private static final int MAX_TRACKED = 1024;

  /** The outcome of one password attempt. */
  public sealed interface Attempt {
    /** Right password: a new session. */
    record Granted(String session) implements Attempt {}

    /** Wrong password; {@code triesLeft} before the lock-out. */
    record Refused(int triesLeft) implements Attempt {}

    /** Too many failures from this address: wait {@code seconds}. */
    record LockedOut(long seconds) implements Attempt {}
  }

  private final byte[] passwordHash;
  private final boolean lan;
  private final int maxFailures;
  private final long lockoutNanos;
  private final LongSupplier nanoTime;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Long> sessions = new LinkedHashMap<>();
  private final Map<String, Failures> failures = bounded();

  private static final class Failures {
    int count;
    long lockedUntil;
  }

  /**
   * @param password the password from the secrets file; null when the port is loopback only
   * @param lan whether the port is reachable from other machines
   */
  public Access(
      String password, boolean lan, int maxFailures, int lockoutSeconds, LongSupplier nanoTime) {
    this.passwordHash = password == null ? null : sha256(password);
    this.lan = lan;
    this.maxFailures = maxFailures;
    this.lockoutNanos = lockoutSeconds * 1_000_000_000L;
    this.nanoTime = nanoTime;
    if (lan && password == null) {
      throw new IllegalArgumentException("LAN access needs a password");
    }
  }

  /**
   * Whether the request may pass: no LAN access, a health endpoint asked from the box itself, a
   * live session, or the right Basic credentials.
   */
  public synchronized boolean allowed(HttpRequest r, boolean healthEndpoint) {
    if (!lan || (healthEndpoint && r.loopback())) {
      return true;
    }
    Optional<String> session = r.cookie(COOKIE);
    if (session.isPresent()) {
      Long until = sessions.get(session.get());
      if (until != null && nanoTime.getAsLong() - until < 0) {
        return true;
      }
      sessions.remove(session.get());
    }
    Optional<String> basic = r.header("authorization").flatMap(Access::basicPassword);
    return basic.isPresent() && attempt(r.remoteAddress(), basic.get()) instanceof Attempt.Granted;
  }

  /** Whether a password is asked at all (the port is reachable from the LAN). */
  public boolean required() {
    return lan;
  }

  public synchronized Attempt attempt(String address, String candidate) {
    long now = nanoTime.getAsLong();
    Failures f = failures.computeIfAbsent(address, a -> new Failures());
    if (f.count >= maxFailures && now - f.lockedUntil < 0) {
      return new Attempt.LockedOut(Math.max(1, (f.lockedUntil - now) / 1_000_000_000L));
    }
    if (MessageDigest.isEqual(sha256(candidate), passwordHash)) {
      failures.remove(address);
      byte[] token = new byte[32];
      random.nextBytes(token);
      String session = HexFormat.of().formatHex(token);
      sessions.values().removeIf(until -> now - until >= 0);
      sessions.put(session, now + SESSION_NANOS);
      return new Attempt.Granted(session);
    }
    if (f.count >= maxFailures) {
      f.count = 0; // the lock-out has passed: a fresh series of tries
    }
    f.count++;
    if (f.count >= maxFailures) {
      f.lockedUntil = now + lockoutNanos;
      return new Attempt.LockedOut(lockoutNanos / 1_000_000_000L);
    }
    return new Attempt.Refused(maxFailures - f.count);
  }

  public synchronized void logout(HttpRequest r) {
    r.cookie(COOKIE).ifPresent(sessions::remove);
  }

  private static Optional<String> basicPassword(String header) {
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return Optional.of(colon < 0 ? decoded : decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Hashing both sides first makes the comparison independent of the lengths as well. */
  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Failures> bounded() {
    return new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > MAX_TRACKED;
      }
    };
  }
}

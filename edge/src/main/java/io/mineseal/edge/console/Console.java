package io.mineseal.edge.console;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health port's routes: {@code /healthz} and {@code /metrics} as before, and the technician's
 * console (cameras, zone editor, events, health). With LAN access on, every route but the login
 * page and the static files needs the password (see {@link Access}). Pages are plain HTML with a
 * little JavaScript.
 */
public final class Console {
  private static final Logger LOG = LoggerFactory.getLogger(Console.class);

  private final ConsoleSource source;
  private final Access access;
  private final boolean pages;
  private final ConsolePages html;
  private final ConsoleApi api;

  public Console(
      ConsoleSource source,
      Access access,
      boolean pages,
      EventHistory history,
      LatestFrames frames,
      FrameRenderer renderer) {
    this.source = source;
    this.access = access;
    this.pages = pages;
    this.html = new ConsolePages(source, history, frames, new Pages());
    this.api = new ConsoleApi(source, history, frames, renderer);
  }

  /** Where #14 and later add a block to the cameras page. */
  public void addOverviewSection(Section section) {
    html.overview().add(section);
  }

  /** Where #14 and later add a block to the health page (e.g. the self-test). */
  public void addHealthSection(Section section) {
    html.health().add(section);
  }

  public HttpResponse handle(HttpRequest r) {
    HttpResponse response;
    try {
      response = route(r);
    } catch (RuntimeException e) {
      LOG.warn("Console request {} {} failed", r.method(), r.path(), e);
      response = HttpResponse.text(500, HttpResponse.TEXT, "internal error: " + e + "\n");
    }
    return response
        .with("X-Content-Type-Options", "nosniff")
        .with("X-Frame-Options", "DENY")
        .with("Referrer-Policy", "no-referrer")
        .with("Cache-Control", "no-store");
  }

  private HttpResponse route(HttpRequest r) {
    String path = r.path();
    if (pages && path.startsWith("/static/")) {
      return api.resource(path.substring("/static/".length()));
    }
    if (pages && path.equals("/login")) {
      return login(r);
    }
    if (!access.allowed(r, path.equals("/healthz") || path.equals("/metrics"))) {
      return refused(r);
    }
    if (path.equals("/healthz")) {
      return HttpResponse.text(source.down() ? 503 : 200, HttpResponse.JSON, api.healthz());
    }
    if (path.equals("/metrics")) {
      return api.metrics();
    }
    if (!pages) {
      return notFound();
    }
    if (path.equals("/logout") && r.method().equals("POST")) {
      access.logout(r);
      return HttpResponse.redirect("/login")
          .with("Set-Cookie", Access.COOKIE + "=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict");
    }
    HttpResponse page = html.route(r);
    return page != null ? page : api.route(r);
  }

  private HttpResponse refused(HttpRequest r) {
    boolean browser = r.method().equals("GET") && r.header("accept").orElse("").contains("html");
    if (browser) {
      return HttpResponse.redirect("/login?next=" + URLEncoder.encode(r.path(), UTF8));
    }
    return HttpResponse.text(401, HttpResponse.TEXT, "password required\n")
        .with("WWW-Authenticate", "Basic realm=\"MineSeal console\", charset=\"UTF-8\"");
  }

  private HttpResponse login(HttpRequest r) {
    if (!access.required()) {
      return HttpResponse.redirect("/");
    }
    if (!r.method().equals("POST")) {
      return html.login(200, r.param("next").orElse("/"), null);
    }
    Map<String, String> form = form(r.body());
    String next = safeNext(form.getOrDefault("next", "/"));
    Access.Attempt attempt = access.attempt(r.remoteAddress(), form.getOrDefault("password", ""));
    if (attempt instanceof Access.Attempt.Granted granted) {
      LOG.info("Console login from {}", r.remoteAddress());
      return HttpResponse.redirect(next)
          .with(
              "Set-Cookie",
              Access.COOKIE + "=" + granted.session() + "; Path=/; HttpOnly; SameSite=Strict");
    }
    if (attempt instanceof Access.Attempt.LockedOut locked) {
      LOG.warn("Console login from {} refused: locked out", r.remoteAddress());
      return html.login(
          429,
          next,
          "Too many wrong passwords from this address: locked out for " + locked.seconds() + " s.");
    }
    int left = ((Access.Attempt.Refused) attempt).triesLeft();
    LOG.warn("Console login from {} failed; {} tries left", r.remoteAddress(), left);
    return html.login(
        401,
        next,
        "Wrong password; " + (left == 1 ? "1 try" : left + " tries") + " left before a lock-out.");
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), UTF8),
            URLDecoder.decode(pair.substring(eq + 1), UTF8));
      }
    }
    return out;
  }

  /** Only a path on this box, never another site (an open redirect). */
  private static String safeNext(String next) {
    return next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
  }

  static HttpResponse notFound() {
    return HttpResponse.text(404, HttpResponse.TEXT, "not found\n");
  }
}

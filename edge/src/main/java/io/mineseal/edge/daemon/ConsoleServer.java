package io.mineseal.edge.daemon;

import io.mineseal.edge.config.HealthConfig;
import io.mineseal.edge.console.Access;
import io.mineseal.edge.console.Console;
import io.mineseal.edge.console.WebServer;
import io.mineseal.edge.console.jetty.JettyWebServer;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.lifecycle.Component;
import io.mineseal.edge.vision.opencv.PreviewRenderer;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health port: {@code /healthz}, {@code /metrics} and the technician's console, on Jetty. A
 * busy port is reported, not fatal: the seal keeps working without it.
 */
final class ConsoleServer implements Component {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);
  private final Shared s;
  private final ConsoleParts parts;
  private WebServer server;

  ConsoleServer(Shared s, ConsoleParts parts) {
    this.s = s;
    this.parts = parts;
  }

  @Override
  public String name() {
    return "health-http";
  }

  @Override
  public void start() {
    HealthConfig h = s.config.health();
    var c = h.console();
    Access access =
        new Access(
            h.lanAccess() && c.enabled() ? Secrets.text(c.passwordFile()) : null,
            h.lanAccess() && c.enabled(),
            c.maxLoginFailures(),
            c.lockoutSeconds(),
            System::nanoTime);
    Console console =
        new Console(
            new DaemonConsoleSource(s, parts.metrics),
            access,
            c.enabled(),
            parts.history,
            parts.frames,
            PreviewRenderer::jpeg);
    parts.overviewSections.forEach(console::addOverviewSection);
    parts.healthSections.forEach(console::addHealthSection);
    server = new JettyWebServer();
    try {
      server.start(h.httpBind(), h.httpPort(), console::handle);
    } catch (IOException e) {
      LOG.warn("Health port not opened on {}:{}: {}", h.httpBind(), h.httpPort(), e.getMessage());
      s.health.report(
          name(), Status.DEGRADED, "port " + h.httpPort() + " unavailable: " + e.getMessage());
      server = null;
      return;
    }
    String url = "http://" + h.httpBind() + ":" + server.port();
    LOG.info(
        "Health endpoint{} on {}{}",
        c.enabled() ? " and console" : "",
        url,
        h.lanAccess() && c.enabled() ? " (LAN: password required)" : "");
    s.health.report(name(), Status.UP, url);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }
}

package io.mineseal.edge.support;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptPublishMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The in-process Moquette broker, stoppable and restartable. Every publish it accepts is recorded
 * at the broker itself, so no subscriber has to race the uplink after a restart.
 */
public final class Moquette implements AutoCloseable {
  private final int port;
  private final List<String> published = new ArrayList<>();
  private Server server;

  public Moquette(int port) {
    this.port = port;
  }

  public void start() throws IOException {
    Properties p = new Properties();
    p.setProperty("host", "127.0.0.1");
    p.setProperty("port", Integer.toString(port));
    p.setProperty("allow_anonymous", "true");
    p.setProperty("persistence_enabled", "false");
    p.setProperty("websocket_port", "disabled");
    p.setProperty("netty.mqtt.message_size", "200000");
    server = new Server();
    server.startServer(new MemoryConfig(p), List.of(new Recorder()));
  }

  public void stop() {
    if (server != null) {
      server.stopServer();
      server = null;
    }
  }

  /** Payloads published on topics ending with {@code suffix}, in arrival order. */
  public List<String> payloads(String suffix) {
    synchronized (published) {
      return published.stream()
          .filter(s -> s.substring(0, s.indexOf('\n')).endsWith(suffix))
          .map(s -> s.substring(s.indexOf('\n') + 1))
          .toList();
    }
  }

  public String uri() {
    return "tcp://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    stop();
  }

  private final class Recorder extends AbstractInterceptHandler {
    @Override
    public String getID() {
      return "test-recorder";
    }

    @Override
    public void onPublish(InterceptPublishMessage msg) {
      String payload = msg.getPayload().toString(StandardCharsets.UTF_8);
      synchronized (published) {
        published.add(msg.getTopicName() + "\n" + payload);
      }
      super.onPublish(msg);
    }

    @Override
    public void onSessionLoopError(Throwable error) {
      // the broker logs it; a test sees the effect
    }
  }
}

package io.mineseal.edge.console;

import java.io.IOException;
import java.util.function.Function;

/** An embedded HTTP server that hands each request to the console; Jetty lives behind it. */
public interface WebServer extends AutoCloseable {
  /**
   * Listens on {@code host:port} (port 0: any free one) with a small pool of named threads.
   *
   * @throws IOException when the address cannot be bound (port taken, address not on this box)
   */
  void start(String host, int port, Function<HttpRequest, HttpResponse> handler) throws IOException;

  /** The port actually bound. */
  int port();

  @Override
  void close();
}

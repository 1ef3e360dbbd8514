package io.mineseal.edge.console.jetty;

import io.mineseal.edge.console.HttpRequest;
import io.mineseal.edge.console.HttpResponse;
import io.mineseal.edge.console.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The console's HTTP server: Jetty 12's core API (no servlets), one handler, a small pool of
 * threads named {@code mineseal-http-*}. Bodies over 64 KiB are refused before they are read.
 */
public final class JettyWebServer implements WebServer {
  static final int MAX_BODY_BYTES = 64 * 1024;
  private static final int MAX_THREADS = 8;

  private Server server;
  private ServerConnector connector;

  @Override
  public void start(String host, int port, Function<HttpRequest, HttpResponse> handler)
      throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
    threads.setName("mineseal-http");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Adapter(handler));
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  @Override
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        // stopping on the way out: nothing left to do with a failure here
      }
    }
  }

  /**
   * A client on this box: loopback, or the same address at both ends (bound to a LAN address,
   * {@code mineseal status} connects from it; a remote host cannot complete a connection with this
   * box's own address as its source).
   */
  static boolean onThisBox(InetSocketAddress remote, InetSocketAddress local) {
    return remote != null
        && (remote.getAddress().isLoopbackAddress()
            || (local != null && remote.getAddress().equals(local.getAddress())));
  }

  /** Jetty's request in, the console's answer out. */
  private static final class Adapter extends Handler.Abstract {
    private final Function<HttpRequest, HttpResponse> handler;

    Adapter(Function<HttpRequest, HttpResponse> handler) {
      this.handler = handler;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback)
        throws IOException {
      HttpResponse answer;
      if (request.getLength() > MAX_BODY_BYTES) {
        answer = HttpResponse.text(413, HttpResponse.TEXT, "request body over 64 KiB\n");
      } else {
        String body = body(request);
        answer =
            body == null
                ? HttpResponse.text(413, HttpResponse.TEXT, "request body over 64 KiB\n")
                : handler.apply(toConsole(request, body));
      }
      response.setStatus(answer.status());
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
      answer.headers().forEach((name, value) -> response.getHeaders().add(name, value));
      response.write(true, ByteBuffer.wrap(answer.body()), callback);
      return true;
    }

    private static String body(Request request) throws IOException {
      try (InputStream in = Content.Source.asInputStream(request)) {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
      }
    }

    private static HttpRequest toConsole(Request request, String body) {
      Map<String, List<String>> query = new LinkedHashMap<>();
      Fields fields = Request.extractQueryParameters(request);
      for (Fields.Field f : fields) {
        query.put(f.getName(), f.getValues());
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (HttpField h : request.getHeaders()) {
        String name = h.getLowerCaseName();
        headers.merge(name, h.getValue(), (a, b) -> a + (name.equals("cookie") ? "; " : ", ") + b);
      }
      InetSocketAddress remote =
          request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress a
              ? a
              : null;
      InetSocketAddress local =
          request.getConnectionMetaData().getLocalSocketAddress() instanceof InetSocketAddress a
              ? a
              : null;
      return new HttpRequest(
          request.getMethod(),
          Request.getPathInContext(request),
          query,
          headers,
          body,
          remote == null ? "" : remote.getAddress().getHostAddress(),
          onThisBox(remote, local));
    }
  }
}

package io.mineseal.edge.console.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.console.HttpRequest;
import io.mineseal.edge.console.HttpResponse;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The Jetty adapter hands requests over whole and refuses oversized bodies. */
class JettyWebServerTest {
  @Test
  void a_client_is_on_this_box_on_loopback_or_from_the_box_own_address_only() {
    InetSocketAddress lan = new InetSocketAddress("192.0.2.10", 9108);
    assertThat(JettyWebServer.onThisBox(new InetSocketAddress("127.0.0.1", 4000), lan)).isTrue();
    assertThat(JettyWebServer.onThisBox(new InetSocketAddress("192.0.2.10", 4000), lan)).isTrue();
    assertThat(JettyWebServer.onThisBox(new InetSocketAddress("192.0.2.11", 4000), lan)).isFalse();
    assertThat(JettyWebServer.onThisBox(null, lan)).isFalse();
  }

  @Test
  void method_path_query_headers_body_and_address_reach_the_handler() throws Exception {
    AtomicReference<HttpRequest> seen = new AtomicReference<>();
    try (JettyWebServer server = new JettyWebServer()) {
      server.start(
          "127.0.0.1",
          0,
          r -> {
            seen.set(r);
            return HttpResponse.text(201, HttpResponse.TEXT, "made\n").with("X-Test", "yes");
          });
      HttpClient http = HttpClient.newHttpClient();
      var response =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.port() + "/a/b?camera=gate&x="))
                  .header("Cookie", "k=v")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"z\":1}"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(response.body()).isEqualTo("made\n");
      assertThat(response.headers().firstValue("X-Test")).hasValue("yes");
      HttpRequest r = seen.get();
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.path()).isEqualTo("/a/b");
      assertThat(r.param("camera")).hasValue("gate");
      assertThat(r.param("x")).isEmpty();
      assertThat(r.cookie("k")).hasValue("v");
      assertThat(r.body()).isEqualTo("{\"z\":1}");
      assertThat(r.loopback()).isTrue();

      var big =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.port() + "/"))
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "x".repeat(JettyWebServer.MAX_BODY_BYTES + 1)))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(big.statusCode()).isEqualTo(413);
    }
  }
}

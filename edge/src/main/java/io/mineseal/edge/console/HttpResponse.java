package io.mineseal.edge.console;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer: status, content type, body and extra headers (cookies, redirects, caching). */
public record HttpResponse(
    int status, String contentType, byte[] body, Map<String, String> headers) {
  public static final String HTML = "text/html; charset=utf-8";
  public static final String JSON = "application/json";
  public static final String TEXT = "text/plain; charset=utf-8";

  public static HttpResponse of(int status, String contentType, byte[] body) {
    return new HttpResponse(status, contentType, body, Map.of());
  }

  public static HttpResponse text(int status, String contentType, String body) {
    return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse redirect(String location) {
    return new HttpResponse(303, TEXT, new byte[0], Map.of("Location", location));
  }

  public HttpResponse with(String header, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(header, value);
    return new HttpResponse(status, contentType, body, more);
  }
}

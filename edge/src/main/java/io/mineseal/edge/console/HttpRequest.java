package io.mineseal.edge.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the console sees it, whatever server carried it. Header names are lower case;
 * {@code loopback} says whether the client is on this box (loopback, or this box's own address).
 */
public record HttpRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    String body,
    String remoteAddress,
    boolean loopback) {

  public Optional<String> param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() || values.get(0).isBlank()
        ? Optional.empty()
        : Optional.of(values.get(0));
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** The value of one cookie, from the Cookie header. */
  public Optional<String> cookie(String name) {
    String all = headers.getOrDefault("cookie", "");
    for (String part : all.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
        return Optional.of(part.substring(eq + 1).trim());
      }
    }
    return Optional.empty();
  }
}

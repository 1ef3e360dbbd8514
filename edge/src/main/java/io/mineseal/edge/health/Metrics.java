package io.mineseal.edge.health;

import java.util.Locale;
import java.util.Map;

/** Prometheus text exposition, written by hand for a dozen gauges (no client library needed). */
public final class Metrics {
  private final StringBuilder out = new StringBuilder();

  public Metrics gauge(String name, String help, double value) {
    return gauge(name, help, Map.of(), value);
  }

  public Metrics gauge(String name, String help, Map<String, String> labels, double value) {
    if (out.indexOf("# TYPE " + name + " ") < 0) {
      out.append("# HELP ").append(name).append(' ').append(help).append('\n');
      out.append("# TYPE ").append(name).append(" gauge\n");
    }
    out.append(name);
    if (!labels.isEmpty()) {
      out.append('{');
      labels.forEach(
          (k, v) -> out.append(k).append("=\"").append(v.replace("\"", "\\\"")).append("\","));
      out.setLength(out.length() - 1);
      out.append('}');
    }
    out.append(' ')
        .append(String.format(Locale.ROOT, "%s", Double.isNaN(value) ? "NaN" : trim(value)))
        .append('\n');
    return this;
  }

  private static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

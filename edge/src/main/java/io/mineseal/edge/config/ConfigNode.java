package io.mineseal.edge.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A position in the YAML tree with its key path. Typed reads return the default (or a placeholder)
 * on a bad value and record the error, so one pass reports every problem in the file.
 */
final class ConfigNode {
  private final Node node;
  private final Mark parentMark;
  private final String path;
  private final Problems problems;
  private final Map<String, Node> children = new LinkedHashMap<>();

  ConfigNode(Node node, Mark parentMark, String path, Problems problems) {
    this.node = node;
    this.parentMark = parentMark;
    this.path = path;
    this.problems = problems;
    if (node instanceof MappingNode mapping) {
      indexChildren(mapping);
    }
  }

  private void indexChildren(MappingNode mapping) {
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      if (children.containsKey(key)) {
        problems.error(tuple.getKeyNode().getStartMark(), child(key), key, "duplicate key");
      }
      children.put(key, tuple.getValueNode());
    }
  }

  String path() {
    return path;
  }

  Mark mark() {
    return node == null ? parentMark : node.getStartMark();
  }

  boolean present() {
    return node != null && !(node instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
  }

  /** Reports keys this mapping does not know; call once per mapping with its full key set. */
  ConfigNode allow(Set<String> keys) {
    if (node != null && !(node instanceof MappingNode)) {
      problems.error(mark(), path, text(), "must be a mapping of keys to values");
      return this;
    }
    for (String key : children.keySet()) {
      if (!keys.contains(key)) {
        problems.error(
            children.get(key).getStartMark(),
            child(key),
            null,
            "unknown key; allowed here: " + String.join(", ", keys.stream().sorted().toList()));
      }
    }
    return this;
  }

  ConfigNode get(String key) {
    return new ConfigNode(children.get(key), mark(), child(key), problems);
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  List<ConfigNode> items() {
    if (!present()) {
      return List.of();
    }
    if (!(node instanceof SequenceNode seq)) {
      problems.error(mark(), path, text(), "must be a list");
      return List.of();
    }
    List<ConfigNode> out = new ArrayList<>();
    for (int i = 0; i < seq.getValue().size(); i++) {
      out.add(new ConfigNode(seq.getValue().get(i), mark(), path + "[" + i + "]", problems));
    }
    return out;
  }

  <T> List<T> list(String key, Function<ConfigNode, T> reader) {
    return get(key).items().stream().map(reader).toList();
  }

  String text() {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  void error(String rule) {
    problems.error(mark(), path, text(), rule);
  }

  void warning(String rule) {
    problems.warning(mark(), path, text(), rule);
  }

  String string(String key, String fallback) {
    ConfigNode child = get(key);
    if (!child.present()) {
      return fallback;
    }
    if (!(child.node instanceof ScalarNode)) {
      child.error("must be a text value");
      return fallback;
    }
    return child.text();
  }

  String requiredString(String key) {
    ConfigNode child = get(key);
    if (!child.present()) {
      problems.error(mark(), child.path, null, "is required");
      return "";
    }
    String value = string(key, "");
    if (value.isBlank()) {
      child.error("must not be empty");
    }
    return value;
  }

  String id(String key) {
    String value = requiredString(key);
    if (!value.isEmpty() && !value.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      get(key)
          .error("must be 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit");
    }
    return value;
  }

  boolean bool(String key, boolean fallback) {
    ConfigNode child = get(key);
    if (!child.present()) {
      return fallback;
    }
    if (!child.hasTag(Tag.BOOL)) {
      child.error("must be true or false");
      return fallback;
    }
    return Boolean.parseBoolean(child.text().toLowerCase(Locale.ROOT));
  }

  int integer(String key, int fallback, int min, int max) {
    ConfigNode child = get(key);
    if (!child.present()) {
      return fallback;
    }
    String rule = "must be a whole number from " + min + " to " + max;
    if (!child.hasTag(Tag.INT)) {
      child.error(rule);
      return fallback;
    }
    try {
      long value = Long.decode(child.text().replace("_", ""));
      if (value < min || value > max) {
        child.error(rule);
        return fallback;
      }
      return (int) value;
    } catch (NumberFormatException e) {
      child.error(rule);
      return fallback;
    }
  }

  double number(String key, double fallback, double min, double max) {
    return get(key).numberValue(fallback, min, max);
  }

  double numberValue(double fallback, double min, double max) {
    if (!present()) {
      return fallback;
    }
    String rule = "must be a number from " + trim(min) + " to " + trim(max);
    if (!hasTag(Tag.INT) && !hasTag(Tag.FLOAT)) {
      error(rule);
      return fallback;
    }
    double value = Double.parseDouble(text().replace("_", ""));
    if (!(value >= min && value <= max)) {
      error(rule);
      return fallback;
    }
    return value;
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
    ConfigNode child = get(key);
    if (!child.present()) {
      return fallback;
    }
    String wanted = child.text() == null ? "" : child.text().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted.replace('-', '_'))) {
        return constant;
      }
    }
    child.error("must be one of " + names(type));
    return fallback;
  }

  List<String> strings(String key) {
    return get(key).items().stream().map(ConfigNode::scalarText).toList();
  }

  private String scalarText() {
    if (!(node instanceof ScalarNode)) {
      error("must be a text value");
      return "";
    }
    return text();
  }

  private boolean hasTag(Tag tag) {
    return node instanceof ScalarNode s && s.getTag().equals(tag);
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      out.add(constant.name().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", out);
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}

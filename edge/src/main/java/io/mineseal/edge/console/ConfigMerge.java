package io.mineseal.edge.console;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Puts a snippet's zones, lines and masks into one camera of a config's YAML text. Works on the
 * node tree, so every other value keeps its exact text and type (dates, quoted numbers).
 */
final class ConfigMerge {
  private static final Set<String> KEYS = Set.of("zones", "lines", "masks");

  private ConfigMerge() {}

  /**
   * The config text with camera {@code cameraId}'s zones, lines and masks replaced by those in
   * {@code snippet}.
   *
   * @throws IllegalArgumentException when the config or the snippet is not what is expected
   */
  static String withCameraKeys(String config, String cameraId, String snippet) {
    Node root = compose(config, "the config");
    MappingNode camera =
        value(root, "cameras")
            .filter(SequenceNode.class::isInstance)
            .map(n -> ((SequenceNode) n).getValue())
            .orElse(List.of())
            .stream()
            .filter(MappingNode.class::isInstance)
            .map(MappingNode.class::cast)
            .filter(c -> value(c, "id").map(ConfigMerge::text).orElse("").equals(cameraId))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("no camera " + cameraId + " in the config"));
    Node parsed = compose(snippet, "the snippet");
    if (!(parsed instanceof MappingNode keys)
        || !keys.getValue().stream().allMatch(t -> KEYS.contains(text(t.getKeyNode())))) {
      throw new IllegalArgumentException("the snippet may only hold zones, lines and masks");
    }
    List<NodeTuple> merged = new ArrayList<>();
    for (NodeTuple t : camera.getValue()) {
      if (!KEYS.contains(text(t.getKeyNode()))) {
        merged.add(t);
      }
    }
    merged.addAll(keys.getValue());
    camera.setValue(merged);
    StringWriter out = new StringWriter();
    yaml().serialize(root, out);
    return out.toString();
  }

  private static Node compose(String text, String what) {
    try {
      Node n = yaml().compose(new StringReader(text));
      if (n == null) {
        throw new IllegalArgumentException(what + " is empty");
      }
      return n;
    } catch (YAMLException e) {
      throw new IllegalArgumentException(what + " is not valid YAML: " + e.getMessage());
    }
  }

  private static Optional<Node> value(Node mapping, String key) {
    if (mapping instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (key.equals(text(t.getKeyNode()))) {
          return Optional.of(t.getValueNode());
        }
      }
    }
    return Optional.empty();
  }

  private static String text(Node n) {
    return n instanceof ScalarNode s ? s.getValue() : "";
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    return new Yaml(options);
  }
}

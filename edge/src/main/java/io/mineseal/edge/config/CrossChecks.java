package io.mineseal.edge.config;

import io.mineseal.edge.event.EventType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Rules that span more than one field: unique ids, pins used once, references that resolve. */
final class CrossChecks {
  private final ConfigNode root;

  CrossChecks(ConfigNode root) {
    this.root = root;
  }

  void check(MineSealConfig c) {
    unique("cameras", c.cameras(), CameraConfig::id);
    unique("inputs", c.inputs(), InputConfig::id);
    unique("outputs", c.outputs(), OutputConfig::id);
    Set<String> zoneIds = new HashSet<>();
    for (int i = 0; i < c.cameras().size(); i++) {
      CameraConfig camera = c.cameras().get(i);
      ConfigNode node = root.get("cameras").items().get(i);
      unique(node, "zones", camera.zones(), ZoneConfig::id);
      unique(node, "lines", camera.lines(), LineConfig::id);
      camera.zones().forEach(z -> zoneIds.add(z.id()));
      List<ConfigNode> lines = node.get("lines").items();
      for (int j = 0; j < camera.lines().size(); j++) {
        String zone = camera.lines().get(j).zone();
        if (zone != null && camera.zone(zone) == null) {
          lines.get(j).get("zone").error("no zone with this id on camera " + camera.id());
        }
      }
    }
    checkPins(c);
    List<ConfigNode> inputs = root.get("inputs").items();
    for (int i = 0; i < c.inputs().size(); i++) {
      String zone = c.inputs().get(i).zone();
      if (zone != null && !zoneIds.contains(zone)) {
        inputs.get(i).get("zone").error("no camera has a zone with this id");
      }
    }
    checkTriggers(c);
    checkSimulation(c);
  }

  private void checkPins(MineSealConfig c) {
    Map<Integer, String> owners = new HashMap<>();
    List<ConfigNode> inputs = root.get("inputs").items();
    for (int i = 0; i < c.inputs().size(); i++) {
      InputConfig in = c.inputs().get(i);
      claim(owners, in.pin(), "inputs." + in.id(), inputs.get(i).get("pin"));
      if (in.faultPin() != null) {
        claim(owners, in.faultPin(), "inputs." + in.id(), inputs.get(i).get("faultPin"));
      }
    }
    List<ConfigNode> outputs = root.get("outputs").items();
    for (int i = 0; i < c.outputs().size(); i++) {
      OutputConfig out = c.outputs().get(i);
      claim(owners, out.pin(), "outputs." + out.id(), outputs.get(i).get("pin"));
    }
  }

  private static void claim(Map<Integer, String> owners, int pin, String who, ConfigNode node) {
    String previous = owners.putIfAbsent(pin, who);
    if (previous != null && node.present()) {
      node.error("GPIO " + pin + " is already used by " + previous);
    }
  }

  private void checkTriggers(MineSealConfig c) {
    List<ConfigNode> outputs = root.get("outputs").items();
    for (int i = 0; i < c.outputs().size(); i++) {
      List<ConfigNode> triggers = outputs.get(i).get("triggers").items();
      for (int j = 0; j < c.outputs().get(i).triggers().size(); j++) {
        if (EventType.fromWire(c.outputs().get(i).triggers().get(j)).isEmpty()) {
          triggers.get(j).error("not an event type (e.g. person.entered, door.opened)");
        }
      }
    }
  }

  private void checkSimulation(MineSealConfig c) {
    Set<String> inputIds = new HashSet<>();
    c.inputs().forEach(in -> inputIds.add(in.id()));
    List<ConfigNode> steps = root.get("simulation").get("timeline").items();
    for (int i = 0; i < c.simulation().timeline().size(); i++) {
      if (!inputIds.contains(c.simulation().timeline().get(i).input())) {
        steps.get(i).get("input").error("no input with this id");
      }
    }
  }

  private <T> void unique(String key, List<T> items, Function<T, String> id) {
    unique(root, key, items, id);
  }

  private static <T> void unique(
      ConfigNode parent, String key, List<T> items, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    List<ConfigNode> nodes = parent.get(key).items();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      if (!value.isEmpty() && !seen.add(value)) {
        nodes.get(i).get("id").error("duplicate id; ids must be unique within " + key);
      }
    }
  }
}

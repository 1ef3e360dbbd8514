package io.mineseal.edge.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mineseal.edge.config.PolicyConfig.MaintenanceWindow;
import io.mineseal.edge.store.EventStore;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Armed or disarmed (device and per zone) and maintenance windows, from config and from commands.
 * Persisted in the store so a restart keeps what the platform set.
 */
public final class ModeState {
  private static final String KEY = "policy.mode";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventStore store;
  private final List<MaintenanceWindow> configured;
  private final List<MaintenanceWindow> commanded = new ArrayList<>();
  private final Set<String> disarmedZones = new HashSet<>();
  private boolean deviceArmed = true;

  public ModeState(EventStore store, List<MaintenanceWindow> configured) {
    this.store = store;
    this.configured = List.copyOf(configured);
    store.state(KEY).ifPresent(this::restore);
  }

  /** Whether an event at {@code t} in {@code zone} (null: device-wide) is planned work. */
  public synchronized boolean planned(Instant t, String zone) {
    return covers(configured, t, zone) || covers(commanded, t, zone);
  }

  private static boolean covers(List<MaintenanceWindow> windows, Instant t, String zone) {
    for (MaintenanceWindow w : windows) {
      boolean inTime = !t.isBefore(w.from()) && t.isBefore(w.to());
      if (inTime && (w.zones().isEmpty() || (zone != null && w.zones().contains(zone)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a commanded maintenance window is open now (the interlock may be released). */
  public synchronized boolean maintenanceOpen(Instant now) {
    return covers(commanded, now, null);
  }

  /** Configured and commanded maintenance windows, for the local console. */
  public synchronized List<MaintenanceWindow> windows() {
    List<MaintenanceWindow> all = new ArrayList<>(configured);
    all.addAll(commanded);
    return all;
  }

  public synchronized boolean armed(String zone) {
    return deviceArmed && (zone == null || !disarmedZones.contains(zone));
  }

  public synchronized void startMaintenance(MaintenanceWindow window) {
    commanded.add(window);
    save();
  }

  /** Ends every commanded window that is open at {@code now}; returns how many were open. */
  public synchronized int endMaintenance(Instant now) {
    int open = 0;
    List<MaintenanceWindow> kept = new ArrayList<>();
    for (MaintenanceWindow w : commanded) {
      if (w.to().isAfter(now) && !w.from().isAfter(now)) {
        open++;
        kept.add(new MaintenanceWindow(w.from(), now, w.reason(), w.zones()));
      } else if (w.to().isAfter(now.minusSeconds(86_400))) {
        kept.add(w);
      }
    }
    commanded.clear();
    commanded.addAll(kept);
    save();
    return open;
  }

  public synchronized void arm(String zone) {
    if (zone == null) {
      deviceArmed = true;
    } else {
      disarmedZones.remove(zone);
    }
    save();
  }

  public synchronized void disarm(String zone) {
    if (zone == null) {
      deviceArmed = false;
    } else {
      disarmedZones.add(zone);
    }
    save();
  }

  private void save() {
    ObjectNode o = JSON.createObjectNode();
    o.put("deviceArmed", deviceArmed);
    disarmedZones.forEach(o.putArray("disarmedZones")::add);
    ArrayNode windows = o.putArray("maintenance");
    for (MaintenanceWindow w : commanded) {
      ObjectNode n = windows.addObject();
      n.put("from", w.from().toString()).put("to", w.to().toString()).put("reason", w.reason());
      w.zones().forEach(n.putArray("zones")::add);
    }
    store.putState(KEY, o.toString());
  }

  private void restore(String json) {
    try {
      JsonNode o = JSON.readTree(json);
      deviceArmed = o.path("deviceArmed").asBoolean(true);
      o.path("disarmedZones").forEach(z -> disarmedZones.add(z.asText()));
      for (JsonNode n : o.path("maintenance")) {
        List<String> zones = new ArrayList<>();
        n.path("zones").forEach(z -> zones.add(z.asText()));
        commanded.add(
            new MaintenanceWindow(
                Instant.parse(n.path("from").asText()),
                Instant.parse(n.path("to").asText()),
                n.path("reason").asText(),
                zones));
      }
    } catch (IOException | RuntimeException e) {
      deviceArmed = true;
    }
  }
}

package io.mineseal.edge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores replay output against our hand labels of the people clip: per-frame presence precision and
 * recall, per-visit detection delay, alarms in empty stretches, entries and exits, the gate's
 * recall loss against the detector on every frame, and extra alarms on a faulted copy.
 *
 * <p>Args: labels.csv gated-detections gated-events ungated-detections faulted-events fps
 */
public final class DetectBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Visit(int id, int first, int full, int leaving, int gone) {}

  private DetectBench() {}

  public static void main(String[] args) throws Exception {
    List<Visit> visits = labels(Path.of(args[0]));
    List<JsonNode> gated = jsonl(Path.of(args[1]));
    List<JsonNode> events = jsonl(Path.of(args[2]));
    List<JsonNode> ungated = jsonl(Path.of(args[3]));
    List<JsonNode> faulted = jsonl(Path.of(args[4]));
    double fps = Double.parseDouble(args[5]);
    double[] g = presence(gated, visits);
    double[] u = presence(ungated, visits);
    System.out.printf(
        "frame presence (truth: first visible .. gone): precision %.3f, recall %.3f (goals >= 0.97, >= 0.95)%n",
        g[0], g[1]);
    System.out.printf("frame presence (truth: whole body in view .. leaving): recall %.3f%n", g[2]);
    for (Visit v : visits) {
      Integer first = firstAlarmFrame(events, v, fps);
      long in = count(events, v, fps, "person.entered");
      long out = count(events, v, fps, "person.exited");
      System.out.printf(
          "visit %d: first alarm at frame %s, %s s after whole body in view (goal <= 1 s); entered %d, exited %d%n",
          v.id(),
          first,
          first == null ? "never" : String.format("%+.1f", (first - v.full()) / fps),
          in,
          out);
    }
    System.out.printf("alarms in empty stretches: %d (goal 0)%n", emptyAlarms(events, visits, fps));
    JsonNode last =
        events.stream().filter(e -> e.hasNonNull("occupancy")).reduce((a, b) -> b).orElse(null);
    System.out.printf(
        "occupancy at the end: %s (expected 0)%n",
        last == null ? "-" : last.path("occupancy").asText());
    System.out.printf(
        "gate: detector ran on %.1f%% of frames; recall gated %.3f vs every frame %.3f: loss %.1f points (goal <= 2)%n",
        100 * share(gated), g[1], u[1], 100 * (u[1] - g[1]));
    long cleanAlarms = alarms(events).size();
    long faultAlarms = alarms(faulted).size();
    System.out.printf(
        "faulted copy (light jumps, flicker, noise): %d alarms vs %d clean, %d in empty stretches (goal: no extra)%n",
        faultAlarms, cleanAlarms, emptyAlarms(faulted, visits, fps));
  }

  private static double[] presence(List<JsonNode> detections, List<Visit> visits) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int fullTp = 0;
    int fullN = 0;
    for (JsonNode d : detections) {
      int f = d.path("frame").asInt();
      boolean seen = d.path("persons").size() > 0;
      boolean truth = visits.stream().anyMatch(v -> f >= v.first() && f < v.gone());
      boolean whole = visits.stream().anyMatch(v -> f >= v.full() && f < v.leaving());
      tp += seen && truth ? 1 : 0;
      fp += seen && !truth ? 1 : 0;
      fn += !seen && truth ? 1 : 0;
      fullN += whole ? 1 : 0;
      fullTp += whole && seen ? 1 : 0;
    }
    return new double[] {
      tp / (double) Math.max(1, tp + fp),
      tp / (double) Math.max(1, tp + fn),
      fullTp / (double) Math.max(1, fullN)
    };
  }

  private static int frame(JsonNode e, double fps) {
    return (int) Math.round(Instant.parse(e.path("ts").asText()).toEpochMilli() / 1000.0 * fps);
  }

  private static List<JsonNode> alarms(List<JsonNode> events) {
    return events.stream().filter(e -> e.path("severity").asText().equals("alarm")).toList();
  }

  private static Integer firstAlarmFrame(List<JsonNode> events, Visit v, double fps) {
    return alarms(events).stream()
        .filter(
            e ->
                e.path("type").asText().equals("person.present")
                    || e.path("type").asText().equals("person.entered"))
        .map(e -> frame(e, fps))
        .filter(f -> f >= v.first() - 10 && f < v.gone())
        .findFirst()
        .orElse(null);
  }

  private static long count(List<JsonNode> events, Visit v, double fps, String type) {
    return events.stream()
        .filter(e -> e.path("type").asText().equals(type))
        .filter(e -> frame(e, fps) >= v.first() - 10 && frame(e, fps) <= v.gone() + 10)
        .count();
  }

  private static long emptyAlarms(List<JsonNode> events, List<Visit> visits, double fps) {
    return alarms(events).stream()
        .map(e -> frame(e, fps))
        .filter(f -> visits.stream().noneMatch(v -> f >= v.first() - 10 && f <= v.gone() + 10))
        .count();
  }

  private static double share(List<JsonNode> detections) {
    return detections.stream().filter(d -> d.path("detector").asBoolean()).count()
        / (double) detections.size();
  }

  private static List<Visit> labels(Path csv) throws IOException {
    List<Visit> out = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      if (line.startsWith("#") || line.startsWith("visit") || line.isBlank()) {
        continue;
      }
      String[] p = line.split(",");
      out.add(
          new Visit(
              Integer.parseInt(p[0]),
              Integer.parseInt(p[1]),
              Integer.parseInt(p[2]),
              Integer.parseInt(p[3]),
              Integer.parseInt(p[4])));
    }
    return out;
  }

  private static List<JsonNode> jsonl(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }
}

package io.mineseal.edge.track;

import io.mineseal.edge.vision.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy IoU matching against constant-velocity predictions, with a centre-distance fallback for
 * small or fast objects. A track is confirmed after {@code confirmHits} detections and dropped
 * after {@code maxMisses} detector runs without a match.
 */
public final class Tracker {
  private static final double MIN_IOU = 0.2;
  private static final double MAX_CENTRE_JUMP = 0.75;

  private final int confirmHits;
  private final int maxMisses;
  private final List<Track> tracks = new ArrayList<>();
  private int nextId = 1;

  public Tracker(int confirmHits, int maxMisses) {
    this.confirmHits = confirmHits;
    this.maxMisses = maxMisses;
  }

  /** One detector run's boxes; returns the tracks that are alive afterwards. */
  public List<Track> update(List<Box> detections, long nowMillis) {
    record Pair(Track track, Box box, double score) {}
    List<Pair> pairs = new ArrayList<>();
    for (Track t : tracks) {
      Box p = t.predicted(nowMillis);
      for (Box d : detections) {
        if (!d.label().equals(t.label())) {
          continue;
        }
        double iou = p.iou(d);
        double jump =
            Math.hypot(p.cx() - d.cx(), p.cy() - d.cy()) / Math.max(1, Math.max(p.h(), d.h()));
        if (iou >= MIN_IOU || jump <= MAX_CENTRE_JUMP) {
          pairs.add(new Pair(t, d, iou + Math.max(0, MAX_CENTRE_JUMP - jump)));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
    List<Track> matched = new ArrayList<>();
    List<Box> used = new ArrayList<>();
    for (Pair pair : pairs) {
      if (!matched.contains(pair.track()) && !used.contains(pair.box())) {
        pair.track().update(pair.box(), nowMillis);
        matched.add(pair.track());
        used.add(pair.box());
      }
    }
    for (Track t : tracks) {
      if (!matched.contains(t)) {
        t.missed();
      }
    }
    tracks.removeIf(t -> t.misses() > maxMisses);
    for (Box d : detections) {
      if (!used.contains(d)) {
        tracks.add(new Track(nextId++, d, nowMillis));
      }
    }
    return List.copyOf(tracks);
  }

  public boolean confirmed(Track t) {
    return t.hits() >= confirmHits;
  }

  public List<Track> tracks() {
    return List.copyOf(tracks);
  }

  public boolean isEmpty() {
    return tracks.isEmpty();
  }

  public void clear() {
    tracks.clear();
  }
}

package io.mineseal.edge.camera;

import io.mineseal.edge.config.IntegrityConfig;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.vision.Observation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Names the picture faults: covered or sprayed lens (almost no detail, one colour), too dark,
 * frozen (no change at all, below the noise every live camera shows) and moved (structure no longer
 * matches the commissioning view). Each is raised after its configured duration and cleared with a
 * matching end event.
 */
final class IntegrityMonitor {
  /** Below this grey-level standard deviation the picture is one colour. */
  static final double OCCLUDED_CONTRAST = 6.0;

  /** Mean absolute change per pixel below which two frames are the same picture. */
  static final double FROZEN_CHANGE = 0.01;

  /**
   * Share of unchanged frames over the frozen window that means frozen. A live compressed stream of
   * a still scene repeats some frames exactly (skipped blocks), about four in ten on our footage; a
   * frozen source repeats nearly all, but for the encoder's periodic key frames.
   */
  static final double FROZEN_SHARE = 0.85;

  private static final long CLEAR_MILLIS = 2000;

  /** One fault and its start and end event types. */
  enum Fault {
    OCCLUDED(EventType.CAMERA_OCCLUDED, EventType.CAMERA_OCCLUDED_END),
    DARK(EventType.CAMERA_DARK, EventType.CAMERA_DARK_END),
    FROZEN(EventType.CAMERA_FROZEN, EventType.CAMERA_FROZEN_END),
    MOVED(EventType.CAMERA_MOVED, EventType.CAMERA_MOVED_END);

    final EventType start;
    final EventType end;

    Fault(EventType start, EventType end) {
      this.start = start;
      this.end = end;
    }
  }

  /** A fault edge to report. */
  record Change(Fault fault, boolean raised, Observation observation) {}

  private final IntegrityConfig config;
  private final Map<Fault, Condition> conditions = new EnumMap<>(Fault.class);
  private Double lastSceneMatch;
  private final java.util.ArrayDeque<long[]> stillness = new java.util.ArrayDeque<>();
  private int stillFrames;

  IntegrityMonitor(IntegrityConfig config) {
    this.config = config;
    conditions.put(Fault.OCCLUDED, condition(config.occludedSeconds()));
    conditions.put(Fault.DARK, condition(config.darkSeconds()));
    conditions.put(Fault.FROZEN, new Condition(0, CLEAR_MILLIS));
    conditions.put(Fault.MOVED, condition(config.movedSeconds()));
  }

  private static Condition condition(double seconds) {
    return new Condition(Math.round(seconds * 1000), CLEAR_MILLIS);
  }

  List<Change> update(Observation o, long nowMillis) {
    boolean occluded = o.detail() < OCCLUDED_CONTRAST;
    boolean dark = !occluded && o.brightness() < config.darkLevel();
    boolean frozen = !occluded && stillFor(o.changeFromPrevious() < FROZEN_CHANGE, nowMillis);
    if (o.sceneMatch() != null) {
      lastSceneMatch = o.sceneMatch();
    }
    boolean blind = occluded || frozen || dark;
    boolean moved = !blind && lastSceneMatch != null && lastSceneMatch < config.movedScore();
    List<Change> out = new ArrayList<>();
    step(Fault.OCCLUDED, occluded, o, nowMillis, out);
    step(Fault.DARK, dark, o, nowMillis, out);
    step(Fault.FROZEN, frozen, o, nowMillis, out);
    if (!blind || raised(Fault.MOVED)) {
      step(Fault.MOVED, moved, o, nowMillis, out);
    }
    return out;
  }

  /** Whether nearly all frames of the last {@code frozenSeconds} were unchanged. */
  private boolean stillFor(boolean still, long now) {
    stillness.addLast(new long[] {now, still ? 1 : 0});
    stillFrames += still ? 1 : 0;
    long window = Math.round(config.frozenSeconds() * 1000);
    while (stillness.size() > 1 && stillness.peekFirst()[0] < now - window) {
      stillFrames -= (int) stillness.removeFirst()[1];
    }
    // covered once 90% of the window is seen: named within a frame or two of frozenSeconds
    boolean spansWindow = now - stillness.peekFirst()[0] >= window * 9 / 10;
    return spansWindow && stillFrames >= FROZEN_SHARE * stillness.size();
  }

  private void step(Fault f, boolean holds, Observation o, long now, List<Change> out) {
    Condition.Edge edge = conditions.get(f).update(holds, now);
    if (edge != Condition.Edge.NONE) {
      out.add(new Change(f, edge == Condition.Edge.RAISED, o));
    }
  }

  boolean raised(Fault f) {
    return conditions.get(f).raised();
  }

  /** True while the picture cannot be trusted for motion or detection. */
  boolean blind() {
    return raised(Fault.OCCLUDED) || raised(Fault.FROZEN);
  }

  /** The stream restarted: the next frames are compared afresh. */
  void restart() {
    conditions.values().forEach(Condition::resetOnset);
    lastSceneMatch = null;
    stillness.clear();
    stillFrames = 0;
  }
}

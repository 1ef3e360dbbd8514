package io.mineseal.edge.camera;

import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventSink;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.evidence.EvidenceSink;
import io.mineseal.edge.policy.CameraPolicy;
import io.mineseal.edge.policy.Finding;
import io.mineseal.edge.track.Track;
import io.mineseal.edge.track.Tracker;
import io.mineseal.edge.vision.Box;
import io.mineseal.edge.vision.Detector;
import io.mineseal.edge.vision.Frame;
import io.mineseal.edge.vision.FrameAnalyzer;
import io.mineseal.edge.vision.Observation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongToDoubleFunction;

/**
 * Everything one camera's frame goes through, the same in the daemon and in replay: motion and
 * picture health, the motion-gated detector, the tracker, and the policy that makes events.
 */
public final class CameraPipeline implements AutoCloseable {
  /** What one frame produced, for replay's detections file. */
  public record FrameResult(
      long index,
      long ptsMillis,
      boolean motion,
      List<Box> persons,
      List<Box> vehicles,
      boolean detectorRan) {}

  /** The parts a pipeline needs; detectors may be null (disabled). */
  public record Parts(
      FrameAnalyzer analyzer,
      Detector persons,
      Detector vehicles,
      CameraPolicy policy,
      EvidenceSink evidence,
      EventSink sink,
      EventFactory events) {}

  private final CameraConfig camera;
  private final Parts p;
  private final IntegrityMonitor integrity;
  private final MotionState motion = new MotionState();
  private final Tracker tracker;
  private final long idleCheckMillis;
  private final LongToDoubleFunction minScore;
  private final AtomicReference<String> snapshotWanted = new AtomicReference<>();
  private volatile Consumer<String> snapshotTaken = id -> {};
  private long lastDetection = Long.MIN_VALUE / 2;
  private long detectorRuns;
  private long detectorNanos;
  private long frames;

  public CameraPipeline(
      CameraConfig camera,
      int confirmFrames,
      double idleCheckSeconds,
      LongToDoubleFunction minScore,
      Parts parts) {
    this.camera = camera;
    this.p = parts;
    this.integrity = new IntegrityMonitor(camera.integrity());
    this.tracker = new Tracker(confirmFrames, Math.max(3, camera.sampling().fps()));
    this.idleCheckMillis = Math.round(idleCheckSeconds * 1000);
    this.minScore = minScore;
  }

  public FrameResult process(Frame frame) {
    long now = frame.ptsMillis();
    frames++;
    Observation o = p.analyzer().analyze(frame);
    for (IntegrityMonitor.Change c : integrity.update(o, now)) {
      emitIntegrity(c, frame);
    }
    boolean blind = integrity.blind();
    boolean moving = o.motion() && !blind;
    int edge = motion.update(moving, now);
    if (edge != 0) {
      emitMotion(edge > 0, o, now);
    }
    List<Finding> findings =
        new ArrayList<>(blind ? List.of() : p.policy().onMotion(o.zoneMotionPercent(), now));
    List<Box> persons = List.of();
    List<Box> vehicles = List.of();
    boolean run =
        p.persons() != null
            && !blind
            && (moving
                || !tracker.isEmpty()
                || p.policy().alarmOpen()
                || now - lastDetection >= idleCheckMillis);
    if (run) {
      lastDetection = now;
      detectorRuns++;
      double score = minScore.applyAsDouble(now);
      long t0 = System.nanoTime();
      persons = p.persons().detect(frame, score);
      vehicles = p.vehicles() == null ? List.of() : p.vehicles().detect(frame, score);
      detectorNanos += System.nanoTime() - t0;
      List<Box> all = new ArrayList<>(persons);
      all.addAll(vehicles);
      List<Track> alive = tracker.update(all, now);
      List<Track> confirmed = alive.stream().filter(tracker::confirmed).toList();
      findings.addAll(p.policy().onTracks(confirmed, alive, now));
    }
    for (Finding f : findings) {
      emit(f, frame);
    }
    p.evidence().offer(frame);
    String snapshot = snapshotWanted.getAndSet(null);
    if (snapshot != null) {
      List<Box> boxes = new ArrayList<>(persons);
      boxes.addAll(vehicles);
      p.evidence().capture(snapshot, frame, boxes);
      snapshotTaken.accept(snapshot);
    }
    return new FrameResult(frame.index(), now, moving, persons, vehicles, run);
  }

  private void emitIntegrity(IntegrityMonitor.Change c, Frame frame) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("brightness", round(c.observation().brightness()));
    details.put("contrast", round(c.observation().detail()));
    details.put("change", round(c.observation().changeFromPrevious()));
    if (c.observation().sceneMatch() != null) {
      details.put("sceneMatch", round(c.observation().sceneMatch()));
    }
    EventType type = c.raised() ? c.fault().start : c.fault().end;
    record(
        p.events().of(type, Source.camera(camera.id())).details(details),
        frame,
        List.of(),
        c.raised());
  }

  private void emitMotion(boolean started, Observation o, long now) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (started) {
      details.put("percent", round(o.motionPercent()));
    } else {
      details.put("durationSeconds", (now - motion.startedAt()) / 1000.0);
    }
    EventType type = started ? EventType.MOTION_STARTED : EventType.MOTION_ENDED;
    p.sink().record(p.events().of(type, Source.camera(camera.id())).details(details).build());
  }

  private void emit(Finding f, Frame frame) {
    EventFactory.Builder b =
        p.events()
            .of(f.type(), Source.camera(camera.id()))
            .severity(f.severity())
            .occupancy(f.occupancy())
            .confidence(f.confidence())
            .details(f.details());
    boolean withEvidence = !"end".equals(f.details().get("phase"));
    record(b, frame, f.boxes(), withEvidence);
  }

  private Event record(EventFactory.Builder b, Frame frame, List<Box> boxes, boolean withEvidence) {
    Event draft = b.build();
    if (withEvidence) {
      List<String> ids = p.evidence().capture(draft.eventId(), frame, boxes);
      if (!ids.isEmpty()) {
        draft = draft.withEvidence(ids);
      }
    }
    return p.sink().record(draft);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** The stream restarted: relearn the background, forget tracks and half-built conditions. */
  public void restart() {
    p.analyzer().restart();
    integrity.restart();
    tracker.clear();
  }

  /** Asks for a snapshot of the next frame, saved as evidence {@code id}. */
  public void requestSnapshot(String id) {
    snapshotWanted.set(id);
  }

  /** Called (on the camera's thread) once a requested snapshot is saved. */
  public void onSnapshot(Consumer<String> listener) {
    snapshotTaken = listener;
  }

  public void retakeReference() {
    p.analyzer().retakeReference();
  }

  /** Mean detector time per run, in milliseconds. */
  public double detectorMillis() {
    return detectorRuns == 0 ? 0 : detectorNanos / 1e6 / detectorRuns;
  }

  /** Share of frames on which the detector ran. */
  public double detectorShare() {
    return frames == 0 ? 0 : (double) detectorRuns / frames;
  }

  @Override
  public void close() {
    p.analyzer().close();
    if (p.persons() != null) {
      p.persons().close();
    }
    if (p.vehicles() != null) {
      p.vehicles().close();
    }
    p.evidence().close();
  }
}

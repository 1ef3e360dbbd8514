package io.mineseal.edge.daemon;

import io.mineseal.edge.camera.CameraPipeline;
import io.mineseal.edge.camera.CameraWorker;
import io.mineseal.edge.camera.ffmpeg.Binaries;
import io.mineseal.edge.camera.ffmpeg.FfmpegCommand;
import io.mineseal.edge.camera.ffmpeg.FfmpegSource;
import io.mineseal.edge.config.CameraConfig;
import io.mineseal.edge.config.DeviceConfig;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.config.UplinkConfig;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.evidence.EvidenceSink;
import io.mineseal.edge.evidence.ffmpeg.ClipWriter;
import io.mineseal.edge.evidence.opencv.OpenCvEvidence;
import io.mineseal.edge.hardware.pi4j.Pi4jPins;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.input.DigitalPins;
import io.mineseal.edge.input.InputMonitor;
import io.mineseal.edge.input.SimulatedPins;
import io.mineseal.edge.lifecycle.Component;
import io.mineseal.edge.lifecycle.NamedThreads;
import io.mineseal.edge.output.Outputs;
import io.mineseal.edge.uplink.LinkState;
import io.mineseal.edge.uplink.Topics;
import io.mineseal.edge.uplink.Transport;
import io.mineseal.edge.uplink.Uplink;
import io.mineseal.edge.uplink.paho.PahoTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the daemon's components from the config, in start order. */
final class Assembly {
  private static final Logger LOG = LoggerFactory.getLogger(Assembly.class);

  private Assembly() {}

  static List<Component> components(
      MineSealConfig config, HealthRegistry health, Clock clock, DigitalPins given) {
    Shared s = new Shared(config, health, clock);
    ConsoleParts console = new ConsoleParts(s);
    List<Component> out = new ArrayList<>();
    out.add(
        Components.of("store", () -> health.report("store", Status.UP, "open"), s.store::close));
    out.add(new StorageGuard(s, NamedThreads.scheduler("mineseal-storage")));
    if (config.uplink().enabled()) {
      Uplink uplink = uplink(s);
      uplink.onPublished(console.delivery::published);
      out.add(uplink);
    }
    out.add(deviceEvents(s));
    DigitalPins pins = given != null ? given : pins(s);
    if (pins != null) {
      out.add(
          Components.of(
              "gpio",
              () ->
                  health.report(
                      "gpio", Status.UP, config.device().inputProvider().name().toLowerCase()),
              pins::close));
      ScheduledExecutorService io = NamedThreads.scheduler("mineseal-io");
      if (!config.outputs().isEmpty()) {
        s.hooks.outputs = new Outputs(config.outputs(), pins, s.mode, health, clock, io);
        s.recorder.addListener(s.hooks.outputs::onEvent);
        out.add(s.hooks.outputs);
      }
      if (!config.inputs().isEmpty()) {
        s.hooks.inputs = new InputMonitor(config.inputs(), pins, s.recorder, s.events, health, io);
        out.add(s.hooks.inputs);
      }
      out.add(Components.of("io-threads", () -> {}, io::shutdownNow));
    }
    out.addAll(cameras(s, console));
    if (config.health().httpEnabled()) {
      out.add(new ConsoleServer(s, console));
    }
    out.add(new Watchdog(s));
    return out;
  }

  private static DigitalPins pins(Shared s) {
    DeviceConfig.InputProvider provider = s.config.device().inputProvider();
    if (provider == DeviceConfig.InputProvider.NONE
        || (s.config.inputs().isEmpty() && s.config.outputs().isEmpty())) {
      return null;
    }
    if (provider == DeviceConfig.InputProvider.SIMULATED) {
      return new SimulatedPins(
          s.config.inputs(),
          s.config.simulation(),
          NamedThreads.scheduler("mineseal-simulated-inputs"));
    }
    try {
      return Pi4jPins.detect();
    } catch (RuntimeException | LinkageError e) {
      LOG.error("No GPIO: {}. Inputs and outputs are off until this is fixed.", e.toString());
      s.health.report("gpio", Status.DOWN, "no GPIO: " + e.getMessage());
      for (var in : s.config.inputs()) {
        s.recorder.record(
            s.events
                .of(EventType.INPUT_FAULT, Source.input(in.id()))
                .details(Map.of("input", in.id(), "reason", "GPIO unavailable: " + e.getMessage()))
                .build());
      }
      return null;
    }
  }

  private static List<Component> cameras(Shared s, ConsoleParts console) {
    List<Component> out = new ArrayList<>();
    if (s.config.cameras().isEmpty()) {
      return out;
    }
    ScheduledExecutorService watchdog = NamedThreads.scheduler("mineseal-camera-watchdog");
    ExecutorService clipThreads =
        Executors.newSingleThreadExecutor(NamedThreads.factory("mineseal-evidence"));
    ClipWriter clips = new ClipWriter(clipThreads, Binaries.ffmpeg());
    for (CameraConfig camera : s.config.cameras()) {
      Pipelines.Context context =
          new Pipelines.Context(
              s.recorder,
              s.events,
              s.occupancy,
              s.mode,
              s.fusion,
              evidence(s, console, camera, clips),
              s.config.device().dataDir().resolve("reference").resolve(camera.id() + ".png"));
      CameraPipeline pipeline =
          Pipelines.create(
              s.config,
              camera,
              context,
              zone -> equipmentInput(s, zone),
              (kind, seconds) -> console.metrics.detectorRan(camera.id(), kind, seconds));
      pipeline.onSnapshot(
          id -> {
            if (s.hooks.uplink != null) {
              s.hooks.uplink.publishSnapshot(id);
            }
          });
      CameraWorker worker =
          new CameraWorker(
              camera,
              () -> new FfmpegSource(camera.id(), FfmpegCommand.build(camera, null, false)),
              pipeline,
              s.recorder,
              s.events,
              s.health,
              watchdog);
      s.hooks.cameras.put(camera.id(), worker);
      out.add(worker);
    }
    out.add(
        Components.of(
            "camera-threads",
            () -> {},
            () -> {
              watchdog.shutdownNow();
              clipThreads.shutdown();
            }));
    return out;
  }

  /** Snapshots and clips, with the console's copy of the latest frame taken on the way. */
  private static EvidenceSink evidence(
      Shared s, ConsoleParts console, CameraConfig camera, ClipWriter clips) {
    var retention = s.config.retention();
    return console.frames.tap(
        camera.id(),
        new OpenCvEvidence(
            s.evidenceDir, retention.clipSecondsBefore(), retention.clipSecondsAfter(), clips),
        s.clock::millis);
  }

  /** RUNNING/STOPPED of an equipment input wired for the zone, once the inputs run. */
  private static java.util.Optional<String> equipmentInput(Shared s, String zone) {
    if (s.hooks.inputs == null) {
      return java.util.Optional.empty();
    }
    return s.config.inputs().stream()
        .filter(
            in ->
                in.kind() == io.mineseal.edge.config.InputConfig.Kind.EQUIPMENT
                    && zone.equals(in.zone()))
        .map(in -> s.hooks.inputs.states().get(in.id()))
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private static Component deviceEvents(Shared s) {
    Source self = Source.device(s.events.deviceId());
    return Components.of(
        "device-events",
        () -> {
          if (s.store.recovered()) {
            s.recorder.record(
                s.events
                    .of(EventType.STORE_RECOVERED, self)
                    .details(Map.of("reason", "damaged database moved aside at start-up"))
                    .build());
          }
          s.recorder.record(
              s.events
                  .of(EventType.DEVICE_STARTED, self)
                  .details(
                      Map.of("configHash", s.config.hash(), "version", DeviceContent.version()))
                  .build());
        },
        () -> s.recorder.record(s.events.of(EventType.DEVICE_STOPPING, self).build()));
  }

  private static Uplink uplink(Shared s) {
    UplinkConfig u = s.config.uplink();
    Transport transport =
        new PahoTransport(
            u, s.config.device().deviceId(), Secrets.text(u.passwordFile()), Secrets.tls(s.config));
    LinkState link = new LinkState(s.store, s.recorder, s.events);
    Uplink uplink =
        new Uplink(
            u,
            transport,
            s.store,
            new Uplink.Parts(
                Topics.of(s.config.device().siteId(), s.config.device().deviceId()),
                s.events.bootId(),
                new DeviceContent(s),
                CommandSet.create(s, Secrets.bytes(u.commandKeyFile())),
                link,
                s.health,
                s.clock,
                Duration.ofSeconds(s.config.health().publishIntervalSeconds()),
                u.sendEvidence()));
    s.recorder.addListener(e -> uplink.wakeUp());
    s.hooks.uplink = uplink;
    s.hooks.uplinkLink = link;
    return uplink;
  }
}

package io.mineseal.edge.daemon;

import io.mineseal.edge.camera.CameraWorker;
import io.mineseal.edge.input.InputMonitor;
import io.mineseal.edge.output.Outputs;
import io.mineseal.edge.uplink.LinkState;
import io.mineseal.edge.uplink.Uplink;
import java.util.LinkedHashMap;
import java.util.Map;

/** Components that commands and health reports reach into, once assembled. */
final class Hooks {
  Uplink uplink;
  LinkState uplinkLink;
  Outputs outputs;
  InputMonitor inputs;
  final Map<String, CameraWorker> cameras = new LinkedHashMap<>();
}

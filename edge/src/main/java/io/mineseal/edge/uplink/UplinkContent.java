package io.mineseal.edge.uplink;

import java.util.Map;
import java.util.Optional;

/** What the uplink publishes besides events: the birth message, health figures and evidence. */
public interface UplinkContent {
  /** Software and config version, cameras, inputs, outputs, boot id, clock state, last restart. */
  Map<String, Object> birth();

  /** Device and component health; the uplink adds its own queue and link figures. */
  Map<String, Object> health();

  /** The JPEG snapshot of an event, if one was taken and is still kept. */
  Optional<byte[]> snapshot(String eventId);
}

package io.mineseal.edge.event;

import static io.mineseal.edge.event.EventClass.ALARM;
import static io.mineseal.edge.event.EventClass.LIFECYCLE;
import static io.mineseal.edge.event.EventClass.STATE;
import static io.mineseal.edge.event.EventClass.TELEMETRY;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type the box emits, with its wire name, default severity and delivery class. */
public enum EventType {
  PERSON_ENTERED("person.entered", Severity.ALARM, ALARM),
  PERSON_EXITED("person.exited", Severity.ALARM, ALARM),
  PERSON_PRESENT("person.present", Severity.ALARM, ALARM),
  VEHICLE_PRESENT("vehicle.present", Severity.ALARM, ALARM),
  VEHICLE_ENTERED("vehicle.entered", Severity.ALARM, ALARM),
  VEHICLE_EXITED("vehicle.exited", Severity.WARNING, ALARM),
  INTRUSION("intrusion", Severity.ALARM, ALARM),
  DOOR_OPENED("door.opened", Severity.ALARM, ALARM),
  DOOR_CLOSED("door.closed", Severity.INFO, STATE),
  LOCK_OPENED("lock.opened", Severity.ALARM, ALARM),
  LOCK_CLOSED("lock.closed", Severity.INFO, STATE),
  LOCK_TAMPERED("lock.tampered", Severity.ALARM, ALARM),
  INPUT_FAULT("input.fault", Severity.WARNING, STATE),
  INPUT_RECOVERED("input.recovered", Severity.INFO, STATE),
  PIR_TRIGGERED("pir.triggered", Severity.WARNING, STATE),
  ENCLOSURE_OPENED("enclosure.opened", Severity.ALARM, ALARM),
  ENCLOSURE_CLOSED("enclosure.closed", Severity.INFO, STATE),
  EQUIPMENT_RUNNING("equipment.running", Severity.ALARM, ALARM),
  EQUIPMENT_STOPPED("equipment.stopped", Severity.INFO, STATE),
  POWER_LOST("power.lost", Severity.WARNING, STATE),
  POWER_RESTORED("power.restored", Severity.INFO, STATE),
  CAMERA_OFFLINE("camera.offline", Severity.WARNING, STATE),
  CAMERA_ONLINE("camera.online", Severity.INFO, STATE),
  CAMERA_OCCLUDED("camera.occluded", Severity.ALARM, ALARM),
  CAMERA_OCCLUDED_END("camera.occluded.end", Severity.INFO, STATE),
  CAMERA_MOVED("camera.moved", Severity.ALARM, ALARM),
  CAMERA_MOVED_END("camera.moved.end", Severity.INFO, STATE),
  CAMERA_FROZEN("camera.frozen", Severity.ALARM, ALARM),
  CAMERA_FROZEN_END("camera.frozen.end", Severity.INFO, STATE),
  CAMERA_DARK("camera.dark", Severity.WARNING, STATE),
  CAMERA_DARK_END("camera.dark.end", Severity.INFO, STATE),
  MOTION_STARTED("motion.started", Severity.INFO, TELEMETRY),
  MOTION_ENDED("motion.ended", Severity.INFO, TELEMETRY),
  DEVICE_STARTED("device.started", Severity.INFO, LIFECYCLE),
  DEVICE_STOPPING("device.stopping", Severity.INFO, LIFECYCLE),
  LINK_DOWN("link.down", Severity.WARNING, LIFECYCLE),
  LINK_UP("link.up", Severity.INFO, LIFECYCLE),
  STORE_RECOVERED("store.recovered", Severity.ALARM, ALARM),
  STORAGE_LOW("storage.low", Severity.WARNING, STATE),
  CLOCK_JUMPED("clock.jumped", Severity.WARNING, STATE),
  COMMAND_REJECTED("command.rejected", Severity.WARNING, STATE),
  MAINTENANCE_STARTED("maintenance.started", Severity.INFO, STATE),
  MAINTENANCE_ENDED("maintenance.ended", Severity.INFO, STATE),
  ARMED("device.armed", Severity.INFO, STATE),
  DISARMED("device.disarmed", Severity.WARNING, STATE),
  OCCUPANCY_RESET("occupancy.reset", Severity.WARNING, STATE);

  private static final Map<String, EventType> BY_WIRE =
      Arrays.stream(values()).collect(Collectors.toMap(EventType::wire, Function.identity()));

  private final String wire;
  private final Severity severity;
  private final EventClass eventClass;

  EventType(String wire, Severity severity, EventClass eventClass) {
    this.wire = wire;
    this.severity = severity;
    this.eventClass = eventClass;
  }

  public String wire() {
    return wire;
  }

  public Severity defaultSeverity() {
    return severity;
  }

  public EventClass eventClass() {
    return eventClass;
  }

  public static Optional<EventType> fromWire(String wire) {
    return Optional.ofNullable(BY_WIRE.get(wire));
  }
}

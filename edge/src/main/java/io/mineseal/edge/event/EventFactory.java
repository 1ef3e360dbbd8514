package io.mineseal.edge.event;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Makes events for this device and boot, stamped with the edge clock. */
public final class EventFactory {
  private final String siteId;
  private final String deviceId;
  private final String bootId;
  private final Clock clock;
  private final Supplier<String> ids;

  public EventFactory(String siteId, String deviceId, String bootId, Clock clock) {
    this(siteId, deviceId, bootId, clock, () -> UUID.randomUUID().toString());
  }

  /** With a given id source: replay uses name-based UUIDs so two runs give identical output. */
  public EventFactory(
      String siteId, String deviceId, String bootId, Clock clock, Supplier<String> ids) {
    this.siteId = siteId;
    this.deviceId = deviceId;
    this.bootId = bootId;
    this.clock = clock;
    this.ids = ids;
  }

  public String bootId() {
    return bootId;
  }

  public String deviceId() {
    return deviceId;
  }

  public String siteId() {
    return siteId;
  }

  public Clock clock() {
    return clock;
  }

  public Builder of(EventType type, Source source) {
    return new Builder(type, source);
  }

  /** Optional fields of one event. */
  public final class Builder {
    private final EventType type;
    private final Source source;
    private Severity severity;
    private boolean planned;
    private Integer occupancy;
    private Double confidence;
    private List<String> evidence = List.of();
    private Map<String, Object> details = Map.of();

    private Builder(EventType type, Source source) {
      this.type = type;
      this.source = source;
      this.severity = type.defaultSeverity();
    }

    public Builder severity(Severity value) {
      severity = value;
      return this;
    }

    public Builder planned(boolean value) {
      planned = value;
      return this;
    }

    public Builder occupancy(Integer value) {
      occupancy = value;
      return this;
    }

    public Builder confidence(Double value) {
      confidence = value;
      return this;
    }

    public Builder evidence(List<String> value) {
      evidence = value;
      return this;
    }

    public Builder details(Map<String, Object> value) {
      details = value;
      return this;
    }

    public Event build() {
      return new Event(
          ids.get(),
          0,
          bootId,
          siteId,
          deviceId,
          type,
          severity,
          source,
          clock.instant(),
          planned,
          false,
          occupancy,
          confidence,
          evidence,
          details);
    }
  }
}

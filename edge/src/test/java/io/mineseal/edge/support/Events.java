package io.mineseal.edge.support;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Test events for one fake device. */
public final class Events {
  private static final EventFactory FACTORY =
      new EventFactory("site-t", "dev-t", UUID.randomUUID().toString(), Clock.systemUTC());

  private Events() {}

  public static EventFactory factory() {
    return FACTORY;
  }

  public static Event of(EventType type) {
    return FACTORY.of(type, Source.device("dev-t")).details(Map.of("n", 1)).build();
  }
}

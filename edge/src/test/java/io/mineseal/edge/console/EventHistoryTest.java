package io.mineseal.edge.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventFactory;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's in-memory timeline and camera conditions. */
class EventHistoryTest {
  private final EventFactory events = new EventFactory("s", "d", "boot", Clock.systemUTC());
  private long seq;

  private Event event(EventType type, Source source) {
    return events.of(type, source).build().withSeq(++seq);
  }

  @Test
  void newest_first_bounded_and_filtered_by_type_family_and_camera() {
    EventHistory h = new EventHistory(3);
    h.add(event(EventType.DOOR_OPENED, Source.input("door")));
    h.add(event(EventType.PERSON_ENTERED, Source.camera("gate")));
    h.add(event(EventType.PERSON_EXITED, Source.camera("shaft")));
    h.add(event(EventType.PERSON_PRESENT, Source.camera("gate")));
    assertThat(h.query(null, null, 10)).extracting(Event::seq).containsExactly(4L, 3L, 2L);
    assertThat(h.query("person.entered", null, 10)).extracting(Event::seq).containsExactly(2L);
    assertThat(h.query("person.*", "gate", 10)).extracting(Event::seq).containsExactly(4L, 2L);
    assertThat(h.query(null, null, 1)).extracting(Event::seq).containsExactly(4L);
  }

  @Test
  void motion_telemetry_does_not_push_the_alarms_out() {
    EventHistory h = new EventHistory(4);
    h.add(event(EventType.PERSON_ENTERED, Source.camera("gate")));
    for (int i = 0; i < 50; i++) {
      h.add(event(EventType.MOTION_STARTED, Source.camera("gate")));
    }
    List<Event> all = h.query(null, null, 100);
    assertThat(all).extracting(Event::type).contains(EventType.PERSON_ENTERED);
    assertThat(all).hasSize(2);
    assertThat(h.types()).containsExactly("motion.started", "person.entered");
  }

  @Test
  void camera_conditions_open_and_close_with_their_events() {
    EventHistory h = new EventHistory(10);
    h.add(event(EventType.CAMERA_OFFLINE, Source.camera("gate")));
    h.add(event(EventType.CAMERA_OCCLUDED, Source.camera("gate")));
    h.add(event(EventType.CAMERA_DARK, Source.camera("shaft")));
    assertThat(h.conditions("gate")).containsExactly("occluded", "offline");
    h.add(event(EventType.CAMERA_ONLINE, Source.camera("gate")));
    h.add(event(EventType.CAMERA_OCCLUDED_END, Source.camera("gate")));
    assertThat(h.conditions("gate")).isEmpty();
    assertThat(h.conditions("shaft")).containsExactly("dark");
    assertThat(h.conditions("nobody")).isEmpty();
  }
}

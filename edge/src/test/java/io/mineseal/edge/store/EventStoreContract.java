package io.mineseal.edge.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.support.Events;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract every {@link EventStore} keeps; run against the fake and the SQLite store. */
public abstract class EventStoreContract {

  /** A new, empty store with the given capacity. */
  protected abstract EventStore open(Capacity capacity);

  @Test
  void assigns_increasing_sequence_numbers() {
    try (EventStore store = open(Capacity.UNLIMITED)) {
      Event a = store.append(Events.of(EventType.DOOR_OPENED));
      Event b = store.append(Events.of(EventType.DOOR_CLOSED));
      assertThat(b.seq()).isGreaterThan(a.seq());
      assertThat(store.lastSeq()).isEqualTo(b.seq());
    }
  }

  @Test
  void returns_unsent_events_of_one_class_in_seq_order_with_their_content() {
    try (EventStore store = open(Capacity.UNLIMITED)) {
      Event alarm1 = store.append(Events.of(EventType.PERSON_ENTERED));
      store.append(Events.of(EventType.DOOR_CLOSED));
      Event alarm2 = store.append(Events.of(EventType.DOOR_OPENED));
      List<Event> alarms = store.unsent(EventClass.ALARM, 0, Long.MAX_VALUE, 10);
      assertThat(alarms)
          .extracting(Event::eventId)
          .containsExactly(alarm1.eventId(), alarm2.eventId());
      assertThat(alarms.get(0)).isEqualTo(alarm1);
      assertThat(store.unsent(EventClass.ALARM, alarm1.seq(), Long.MAX_VALUE, 10)).hasSize(1);
      assertThat(store.unsent(EventClass.ALARM, 0, alarm1.seq(), 10)).hasSize(1);
    }
  }

  @Test
  void delivered_rows_leave_the_store() {
    try (EventStore store = open(Capacity.UNLIMITED)) {
      Event a = store.append(Events.of(EventType.PERSON_ENTERED));
      Event b = store.append(Events.of(EventType.PERSON_EXITED));
      store.delivered(List.of(a.eventId()));
      assertThat(store.holds(a.eventId())).isFalse();
      assertThat(store.holds(b.eventId())).isTrue();
      assertThat(store.depth()).containsEntry(EventClass.ALARM, 1);
    }
  }

  @Test
  void sent_but_unacknowledged_rows_are_kept_and_come_back_after_reset() {
    try (EventStore store = open(Capacity.UNLIMITED)) {
      Event a = store.append(Events.of(EventType.PERSON_ENTERED));
      store.markSent(List.of(a.eventId()));
      assertThat(store.unsent(EventClass.ALARM, 0, Long.MAX_VALUE, 10)).isEmpty();
      assertThat(store.holds(a.eventId())).isTrue();
      assertThat(store.resetSent()).isEqualTo(1);
      assertThat(store.unsent(EventClass.ALARM, 0, Long.MAX_VALUE, 10)).hasSize(1);
    }
  }

  @Test
  void over_capacity_evicts_the_oldest_of_that_class_and_never_alarms() {
    try (EventStore store = open(new Capacity(3, 2))) {
      Event alarm = store.append(Events.of(EventType.PERSON_ENTERED));
      Event t1 = store.append(Events.of(EventType.MOTION_STARTED));
      store.append(Events.of(EventType.MOTION_ENDED));
      Event t3 = store.append(Events.of(EventType.MOTION_STARTED));
      assertThat(store.holds(t1.eventId())).isFalse();
      assertThat(store.depth()).containsEntry(EventClass.TELEMETRY, 2);
      for (int i = 0; i < 4; i++) {
        store.append(Events.of(EventType.DOOR_CLOSED));
      }
      assertThat(store.depth().get(EventClass.STATE)).isEqualTo(3);
      assertThat(store.depth().get(EventClass.TELEMETRY)).isEqualTo(2);
      assertThat(store.holds(t3.eventId())).isTrue();
      for (int i = 0; i < 50; i++) {
        store.append(Events.of(EventType.CAMERA_OCCLUDED));
      }
      assertThat(store.holds(alarm.eventId())).isTrue();
      assertThat(store.depth().get(EventClass.ALARM)).isEqualTo(51);
    }
  }

  @Test
  void evicting_refuses_lifecycle_and_alarm_classes() {
    try (EventStore store = open(Capacity.UNLIMITED)) {
      store.append(Events.of(EventType.PERSON_ENTERED));
      store.append(Events.of(EventType.DEVICE_STARTED));
      assertThat(store.evictOldest(EventClass.ALARM, 10)).isZero();
      assertThat(store.evictOldest(EventClass.LIFECYCLE, 10)).isZero();
      assertThat(store.depth().get(EventClass.ALARM)).isEqualTo(1);
    }
  }

  @Test
  void reports_the_oldest_unsent_time_and_keeps_state_values() {
    try (EventStore store = open(Capacity.UNLIMITED)) {
      assertThat(store.oldestUnsent()).isEmpty();
      Event a = store.append(Events.of(EventType.DOOR_OPENED));
      store.append(Events.of(EventType.DOOR_CLOSED));
      assertThat(store.oldestUnsent()).contains(a.ts());
      store.putState("occupancy", "3");
      store.putState("occupancy", "2");
      assertThat(store.state("occupancy")).contains("2");
      assertThat(store.state("missing")).isEmpty();
    }
  }

  @Test
  void outgoing_payloads_are_the_stored_events_with_their_seq_and_the_historical_mark() {
    try (EventStore store = open(Capacity.UNLIMITED)) {
      Event a = store.append(Events.of(EventType.PERSON_ENTERED));
      Event b = store.append(Events.of(EventType.PERSON_EXITED));
      List<Outgoing> out = store.outgoing(EventClass.ALARM, 0, Long.MAX_VALUE, 10);
      assertThat(out).extracting(Outgoing::eventId).containsExactly(a.eventId(), b.eventId());
      assertThat(io.mineseal.edge.event.EventJson.read(out.get(0).payload(false))).isEqualTo(a);
      assertThat(io.mineseal.edge.event.EventJson.read(out.get(1).payload(true)))
          .isEqualTo(b.asHistorical());
      assertThat(out.get(0).hasEvidence()).isFalse();
    }
  }
}

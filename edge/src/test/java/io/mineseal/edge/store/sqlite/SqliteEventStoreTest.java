package io.mineseal.edge.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.EventStoreContract;
import io.mineseal.edge.support.Events;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEventStoreTest extends EventStoreContract {
  @TempDir Path dir;
  private int n;

  @Override
  protected EventStore open(Capacity capacity) {
    return SqliteEventStore.open(dir.resolve("events-" + n++ + ".db"), capacity);
  }

  @Test
  void events_and_sequence_survive_a_reopen() {
    Path file = dir.resolve("reopen.db");
    Event a;
    try (EventStore store = SqliteEventStore.open(file, Capacity.UNLIMITED)) {
      a = store.append(Events.of(EventType.PERSON_ENTERED));
      store.append(Events.of(EventType.PERSON_EXITED));
      store.delivered(List.of(a.eventId()));
    }
    try (EventStore store = SqliteEventStore.open(file, Capacity.UNLIMITED)) {
      assertThat(store.recovered()).isFalse();
      assertThat(store.unsent(EventClass.ALARM, 0, Long.MAX_VALUE, 10)).hasSize(1);
      Event c = store.append(Events.of(EventType.DOOR_OPENED));
      assertThat(c.seq()).isEqualTo(a.seq() + 2);
    }
  }

  @Test
  void uses_wal_with_full_synchronous_commits_and_a_versioned_schema() throws Exception {
    Path file = dir.resolve("pragma.db");
    SqliteEventStore.open(file, Capacity.UNLIMITED).close();
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + file);
        var st = db.createStatement()) {
      assertThat(st.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
      assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(Schema.latest());
    }
  }

  @Test
  void a_corrupt_file_is_moved_aside_and_a_fresh_store_starts() throws Exception {
    Path file = dir.resolve("broken.db");
    byte[] garbage = new byte[8192];
    new java.util.Random(7).nextBytes(garbage);
    Files.write(file, garbage);
    try (EventStore store = SqliteEventStore.open(file, Capacity.UNLIMITED)) {
      assertThat(store.recovered()).isTrue();
      assertThat(store.append(Events.of(EventType.STORE_RECOVERED)).seq()).isEqualTo(1);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> aside =
          files.filter(p -> p.getFileName().toString().startsWith("broken.db.corrupt-")).toList();
      assertThat(aside).hasSize(1);
      assertThat(Files.readAllBytes(aside.get(0))).isEqualTo(garbage);
    }
  }
}

package io.mineseal.edge.store.sqlite;

import io.mineseal.edge.event.Event;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.event.EventJson;
import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.Outgoing;
import io.mineseal.edge.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable outbox in one SQLite file. WAL with {@code synchronous=FULL}: a commit is on disk
 * when {@link #append} returns, so it survives {@code kill -9} and power loss.
 */
public final class SqliteEventStore implements EventStore {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteEventStore.class);

  /** Ids per statement when deleting or marking rows (SQLite allows 32766 parameters). */
  private static final int CHUNK = 500;

  private final Connection db;

  /**
   * A second, read-only connection for the uplink's reads: in WAL mode it reads a consistent
   * snapshot while the writer commits, so draining does not wait for deletes and inserts.
   */
  private final Connection reader;

  private final Object readLock = new Object();
  private final Capacity capacity;
  private final boolean recovered;

  private SqliteEventStore(Connection db, Connection reader, Capacity capacity, boolean recovered) {
    this.db = db;
    this.reader = reader;
    this.capacity = capacity;
    this.recovered = recovered;
  }

  /** Opens (creating or migrating) the store; a damaged file is moved aside, never deleted. */
  public static SqliteEventStore open(Path file, Capacity capacity) {
    return StoreFiles.open(file, capacity);
  }

  static SqliteEventStore wrap(
      Connection db, Connection reader, Capacity capacity, boolean recovered) {
    return new SqliteEventStore(db, reader, capacity, recovered);
  }

  @Override
  public synchronized Event append(Event draft) {
    try {
      return insert(draft);
    } catch (SQLException e) {
      if (!draft.eventClass().evictable()) {
        LOG.warn("Store write failed ({}); evicting telemetry to make room", e.getMessage());
        evictOldest(EventClass.TELEMETRY, 1000);
        try {
          return insert(draft);
        } catch (SQLException again) {
          throw new StoreException("cannot commit event " + draft.type().wire(), again);
        }
      }
      throw new StoreException("cannot commit event " + draft.type().wire(), e);
    }
  }

  private Event insert(Event draft) throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement st =
        db.prepareStatement(
            "INSERT INTO events (event_id, class, ts, json) VALUES (?, ?, ?, ?) RETURNING seq")) {
      st.setString(1, draft.eventId());
      st.setInt(2, draft.eventClass().ordinal());
      st.setString(3, draft.ts().toString());
      st.setString(4, EventJson.write(draft));
      long seq;
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        seq = rs.getLong(1);
      }
      enforceCapacity(draft.eventClass());
      db.commit();
      return draft.withSeq(seq);
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  private void enforceCapacity(EventClass c) throws SQLException {
    if (!c.evictable()) {
      return;
    }
    deleteOldest(c, count(c) - capacity.limit(c));
  }

  private int count(EventClass c) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("SELECT count(*) FROM events WHERE class = ? AND sent = 0")) {
      st.setInt(1, c.ordinal());
      try (ResultSet rs = st.executeQuery()) {
        return rs.getInt(1);
      }
    }
  }

  private int deleteOldest(EventClass c, int n) throws SQLException {
    if (n <= 0 || !c.evictable()) {
      return 0;
    }
    try (PreparedStatement st =
        db.prepareStatement(
            "DELETE FROM events WHERE seq IN (SELECT seq FROM events WHERE class = ? AND sent = 0"
                + " ORDER BY seq LIMIT ?)")) {
      st.setInt(1, c.ordinal());
      st.setInt(2, n);
      return st.executeUpdate();
    }
  }

  @Override
  public List<Event> unsent(EventClass c, long afterSeq, long upToSeq, int limit) {
    return outgoing(c, afterSeq, upToSeq, limit).stream().map(Outgoing::event).toList();
  }

  @Override
  public List<Outgoing> outgoing(EventClass c, long afterSeq, long upToSeq, int limit) {
    synchronized (readLock) {
      try (PreparedStatement st =
          reader.prepareStatement(
              "SELECT seq, event_id, json FROM events WHERE class = ? AND sent = 0 AND seq > ?"
                  + " AND seq <= ? ORDER BY seq LIMIT ?")) {
        st.setInt(1, c.ordinal());
        st.setLong(2, afterSeq);
        st.setLong(3, upToSeq);
        st.setInt(4, limit);
        List<Outgoing> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            String json = rs.getString(3);
            out.add(
                new Outgoing(
                    rs.getString(2), rs.getLong(1), json, !json.contains("\"evidence\":[]")));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot read unsent events", e);
      }
    }
  }

  @Override
  public synchronized void delivered(Collection<String> eventIds) {
    byIds("DELETE FROM events WHERE event_id IN (%s)", eventIds);
  }

  @Override
  public synchronized void markSent(Collection<String> eventIds) {
    byIds("UPDATE events SET sent = 1 WHERE event_id IN (%s)", eventIds);
  }

  private void byIds(String sql, Collection<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    // A lost delete only means one more delivery of an already delivered event (at least once),
    // so these commits skip the fsync that every insert pays; the next FULL commit carries them.
    try (Statement pragma = db.createStatement()) {
      pragma.execute("PRAGMA synchronous = NORMAL");
      db.setAutoCommit(false);
      try {
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
          List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
          String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
          try (PreparedStatement st = db.prepareStatement(String.format(sql, marks))) {
            for (int i = 0; i < chunk.size(); i++) {
              st.setString(i + 1, chunk.get(i));
            }
            st.executeUpdate();
          }
        }
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
        pragma.execute("PRAGMA synchronous = FULL");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot update delivered events", e);
    }
  }

  @Override
  public synchronized int resetSent() {
    return update("UPDATE events SET sent = 0 WHERE sent = 1");
  }

  @Override
  public synchronized int evictOldest(EventClass c, int n) {
    try {
      return deleteOldest(c, n);
    } catch (SQLException e) {
      throw new StoreException("cannot evict", e);
    }
  }

  private int update(String sql) {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot update store", e);
    }
  }

  @Override
  public synchronized Map<EventClass, Integer> depth() {
    Map<EventClass, Integer> out = new EnumMap<>(EventClass.class);
    try {
      for (EventClass c : EventClass.values()) {
        out.put(c, count(c));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count events", e);
    }
    return out;
  }

  @Override
  public synchronized Optional<Instant> oldestUnsent() {
    return queryText("SELECT min(ts) FROM events WHERE sent = 0", null).map(Instant::parse);
  }

  @Override
  public synchronized boolean holds(String eventId) {
    return queryText("SELECT event_id FROM events WHERE event_id = ?", eventId).isPresent();
  }

  @Override
  public synchronized long lastSeq() {
    return queryText("SELECT seq FROM sqlite_sequence WHERE name = 'events'", null)
        .map(Long::parseLong)
        .orElse(0L);
  }

  @Override
  public synchronized Optional<String> state(String key) {
    return queryText("SELECT value FROM state WHERE key = ?", key);
  }

  private Optional<String> queryText(String sql, String arg) {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      if (arg != null) {
        st.setString(1, arg);
      }
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read store", e);
    }
  }

  @Override
  public synchronized void putState(String key, String value) {
    try (PreparedStatement st =
        db.prepareStatement("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)")) {
      st.setString(1, key);
      st.setString(2, value);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot write state " + key, e);
    }
  }

  @Override
  public boolean recovered() {
    return recovered;
  }

  @Override
  public synchronized void close() {
    try {
      synchronized (readLock) {
        reader.close();
      }
      db.close();
    } catch (SQLException e) {
      LOG.warn("Closing the event store failed: {}", e.getMessage());
    }
  }
}

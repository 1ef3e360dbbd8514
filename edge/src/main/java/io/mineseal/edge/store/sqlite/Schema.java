package io.mineseal.edge.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Versioned schema: migration i brings the database from user_version i to i + 1. */
final class Schema {
  private static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                  + " event_id TEXT NOT NULL UNIQUE, class INTEGER NOT NULL, ts TEXT NOT NULL,"
                  + " sent INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL)",
              "CREATE INDEX events_pending ON events (class, sent, seq)",
              "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));

  private Schema() {}

  static int latest() {
    return MIGRATIONS.size();
  }

  static void migrate(Connection db) throws SQLException {
    int version;
    try (Statement st = db.createStatement();
        var rs = st.executeQuery("PRAGMA user_version")) {
      version = rs.getInt(1);
    }
    if (version > latest()) {
      throw new SQLException(
          "database schema " + version + " is newer than this software (" + latest() + ")");
    }
    for (int v = version; v < latest(); v++) {
      db.setAutoCommit(false);
      try (Statement st = db.createStatement()) {
        for (String sql : MIGRATIONS.get(v)) {
          st.execute(sql);
        }
        st.execute("PRAGMA user_version = " + (v + 1));
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    }
  }
}

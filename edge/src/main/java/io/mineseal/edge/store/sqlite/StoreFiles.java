package io.mineseal.edge.store.sqlite;

import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the database file, checks it, and moves a damaged one aside. */
final class StoreFiles {
  private static final Logger LOG = LoggerFactory.getLogger(StoreFiles.class);

  private StoreFiles() {}

  static SqliteEventStore open(Path file, Capacity capacity) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return SqliteEventStore.wrap(connect(file), reader(file), capacity, false);
    } catch (SQLException e) {
      Path aside = moveAside(file);
      LOG.error(
          "Event store {} is damaged ({}); moved to {} and starting a fresh store",
          file,
          e.getMessage(),
          aside);
      try {
        return SqliteEventStore.wrap(connect(file), reader(file), capacity, true);
      } catch (SQLException again) {
        throw new StoreException("cannot open a fresh event store at " + file, again);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory for " + file, e);
    }
  }

  private static Connection reader(Path file) throws SQLException {
    Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement st = reader.createStatement()) {
      st.execute("PRAGMA busy_timeout = 5000");
      st.execute("PRAGMA query_only = 1");
    }
    return reader;
  }

  private static Connection connect(Path file) throws SQLException {
    Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement st = db.createStatement()) {
      st.execute("PRAGMA busy_timeout = 5000");
      st.execute("PRAGMA journal_mode = WAL");
      st.execute("PRAGMA synchronous = FULL");
      try (var rs = st.executeQuery("PRAGMA quick_check")) {
        String result = rs.next() ? rs.getString(1) : "no answer";
        if (!"ok".equals(result)) {
          throw new SQLException("quick_check: " + result);
        }
      }
      Schema.migrate(db);
      return db;
    } catch (SQLException e) {
      db.close();
      throw e;
    }
  }

  private static Path moveAside(Path file) {
    String stamp = Instant.now().toString().replace(':', '-');
    Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path part = Path.of(file + suffix);
      try {
        if (Files.exists(part)) {
          Files.move(part, Path.of(aside + suffix));
        }
      } catch (IOException e) {
        throw new StoreException("cannot move damaged store " + part + " aside", e);
      }
    }
    return aside;
  }
}

package org.musicmuseum.storage.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Small JDBC helpers: UTC timestamps and telling a broken connection from bad data. */
final class Sql {

  private Sql() {}

  /** An instant as a UTC DATETIME value (the columns hold UTC, without zone). */
  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A UTC DATETIME value read back as an instant. */
  static Instant instant(Timestamp value) {
    return value.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }

  /** True when the error is about reaching the database, not about the data sent. */
  static boolean isConnectionProblem(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLTransientException
        || e instanceof SQLRecoverableException
        || e instanceof SQLNonTransientConnectionException
        || state == null
        || state.startsWith("08");
  }
}

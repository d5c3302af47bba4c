package org.musicmuseum.storage.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.musicmuseum.storage.domain.StoredTrace;

/** Finds the row of a trace id: one lookup on each table's unique trace_id key. */
@ApplicationScoped
public class TraceReader {

  @Resource(lookup = "jdbc/museum")
  DataSource dataSource;

  /** The row that holds {@code traceId} (canonical text), if either table has one. */
  public Optional<StoredTrace> find(String traceId) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      for (EventTable table : EventTable.values()) {
        Optional<StoredTrace> found = find(c, table, traceId);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
  }

  private static Optional<StoredTrace> find(Connection c, EventTable table, String traceId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(table.selectTrace())) {
      ps.setString(1, traceId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredTrace(
                table.type().wireName(),
                table.tableName(),
                rs.getLong(1),
                Sql.instant(rs.getTimestamp(2)),
                Sql.instant(rs.getTimestamp(3)),
                rs.getInt(4),
                rs.getLong(5)));
      }
    }
  }
}

package org.musicmuseum.storage.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.Positions;
import org.musicmuseum.storage.domain.Page;
import org.musicmuseum.storage.domain.TimeRange;

/**
 * Reads stored events by time range, a bounded page at a time: by row id, or in Kafka order by
 * partition and offset (the order in which rows of a partition become visible).
 */
@ApplicationScoped
public class EventReader {

  @Resource(lookup = "jdbc/museum")
  DataSource dataSource;

  /**
   * Up to {@code limit} events of {@code type} in {@code range} with an id after {@code afterId}.
   */
  public Page<Object> page(EventType type, TimeRange range, long afterId, int limit)
      throws SQLException {
    EventTable table = EventTable.of(type);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(table.selectPage())) {
      ps.setObject(1, Sql.utc(range.from()));
      ps.setObject(2, Sql.utc(range.to()));
      ps.setLong(3, afterId);
      ps.setInt(4, limit + 1);
      return read(ps, table, limit, afterId, (id, rs) -> rs.getLong(1), String::valueOf);
    }
  }

  /**
   * Up to {@code limit} events of {@code type} in {@code range} after the cursor {@code after}, in
   * (partition, offset) order; the next cursor is {@code after} moved past every row returned.
   */
  public Page<Object> pageByPosition(EventType type, TimeRange range, Positions after, int limit)
      throws SQLException {
    EventTable table = EventTable.of(type);
    List<Integer> named = after.partitions();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(table.selectByPosition(named.size()))) {
      int i = 1;
      ps.setObject(i++, Sql.utc(range.from()));
      ps.setObject(i++, Sql.utc(range.to()));
      for (int partition : named) {
        ps.setInt(i++, partition);
      }
      for (int partition : named) {
        ps.setInt(i++, partition);
        ps.setLong(i++, after.lastRead().get(partition));
      }
      ps.setInt(i, limit + 1);
      return read(
          ps,
          table,
          limit,
          after,
          (cursor, rs) -> cursor.after(rs.getInt(9), rs.getLong(10)),
          Positions::text);
    }
  }

  /** Moves a cursor past the row at the result set's cursor. */
  private interface Advance<C> {
    C past(C cursor, ResultSet row) throws SQLException;
  }

  /**
   * Reads up to {@code limit} rows of a statement that asked for {@code limit + 1}, moving {@code
   * cursor} past each row kept; the page's next cursor is present only when a row was left over.
   */
  private static <C> Page<Object> read(
      PreparedStatement ps,
      EventTable table,
      int limit,
      C cursor,
      Advance<C> advance,
      Function<C, String> text)
      throws SQLException {
    List<Object> rows = new ArrayList<>(limit);
    C next = cursor;
    boolean more = false;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (rows.size() == limit) {
          more = true;
          break;
        }
        rows.add(table.read(rs));
        next = advance.past(next, rs);
      }
    }
    return new Page<>(rows, more ? text.apply(next) : null);
  }
}

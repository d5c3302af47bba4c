package org.musicmuseum.storage.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
      List<Object> rows = new ArrayList<>(limit);
      long lastId = afterId;
      boolean more = false;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rows.size() == limit) {
            more = true;
            break;
          }
          rows.add(table.read(rs));
          lastId = rs.getLong(1);
        }
      }
      return new Page<>(rows, more ? Long.toString(lastId) : null);
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
      List<Object> rows = new ArrayList<>(limit);
      Positions next = after;
      boolean more = false;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rows.size() == limit) {
            more = true;
            break;
          }
          rows.add(table.read(rs));
          next = next.after(rs.getInt(9), rs.getLong(10));
        }
      }
      return new Page<>(rows, more ? next.text() : null);
    }
  }
}

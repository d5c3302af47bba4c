package org.musicmuseum.storage.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.musicmuseum.storage.domain.QuarantinedRecord;
import org.musicmuseum.storage.domain.StoreBatch;
import org.musicmuseum.storage.domain.StoredEvent;

/**
 * Writes a batch in one transaction: multi-row inserts that skip a trace id already stored, so a
 * redelivered record is stored once. A row the database refuses is quarantined instead.
 */
@ApplicationScoped
public class EventWriter {

  private static final Logger LOG = Logger.getLogger(EventWriter.class.getName());

  @Resource(lookup = "jdbc/museum")
  DataSource dataSource;

  private final Clock clock = Clock.systemUTC();

  /** Commits the whole batch or throws; nothing is half-stored. */
  public void write(StoreBatch batch) throws SQLException {
    LocalDateTime receivedAt = Sql.utc(clock.instant());
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        List<QuarantinedRecord> refused = new ArrayList<>(batch.quarantined());
        List<StoredEvent> events = batch.events();
        try {
          Rows.insertAll(c, events, receivedAt);
        } catch (SQLException e) {
          if (Sql.isConnectionProblem(e)) {
            throw e;
          }
          c.rollback();
          refused.addAll(insertOneByOne(c, events, receivedAt));
        }
        insertQuarantine(c, refused);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Inserts each row alone; returns the rows the database refused while it was reachable. */
  private static List<QuarantinedRecord> insertOneByOne(
      Connection c, List<StoredEvent> events, LocalDateTime receivedAt) throws SQLException {
    List<QuarantinedRecord> refused = new ArrayList<>();
    for (StoredEvent event : events) {
      Savepoint before = c.setSavepoint();
      try {
        Rows.insertAll(c, List.of(event), receivedAt);
      } catch (SQLException e) {
        c.rollback(before);
        if (Sql.isConnectionProblem(e) || !c.isValid(2)) {
          throw e;
        }
        LOG.warning(() -> "Quarantining " + event + ": " + e.getMessage());
        refused.add(Rows.asQuarantined(event, "refused by the database: " + e.getMessage()));
      }
    }
    return refused;
  }

  private void insertQuarantine(Connection c, List<QuarantinedRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    String sql =
        "INSERT INTO quarantine (topic, kafka_partition, kafka_offset, record_key, record_value,"
            + " value_size, reason, quarantined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE id = id";
    LocalDateTime now = Sql.utc(clock.instant());
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (QuarantinedRecord q : records) {
        ps.setString(1, q.topic());
        ps.setInt(2, q.partition());
        ps.setLong(3, q.offset());
        ps.setString(4, q.key());
        ps.setBytes(5, q.value());
        ps.setInt(6, q.valueSize());
        ps.setString(7, q.reason());
        ps.setObject(8, now);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    LOG.warning(() -> "Quarantined " + records.size() + " record(s): " + records);
  }
}

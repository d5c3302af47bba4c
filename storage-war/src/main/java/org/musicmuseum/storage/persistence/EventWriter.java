package org.musicmuseum.storage.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.musicmuseum.storage.config.StorageConfig;
import org.musicmuseum.storage.domain.QuarantinedRecord;
import org.musicmuseum.storage.domain.StoreBatch;
import org.musicmuseum.storage.domain.StoredEvent;
import org.musicmuseum.storage.domain.WriteOutcome;

/**
 * Writes a batch in one transaction: multi-row inserts that skip a trace id already stored, so a
 * redelivered record is stored once. A row the database refuses is quarantined instead. The
 * transactions of several storage replicas run concurrently: nothing is locked but the rows
 * written, and processing follows each partition by offset (docs/decisions.md, "Storage replicas
 * write concurrently"). Each transaction adds its row to the {@link TransactionLog}.
 */
@ApplicationScoped
public class EventWriter {

  private static final Logger LOG = Logger.getLogger(EventWriter.class.getName());

  @Resource(lookup = "jdbc/museum")
  DataSource dataSource;

  @Inject StorageMetrics metrics;
  @Inject StorageConfig config;

  private final Clock clock = Clock.systemUTC();
  private TransactionLog log;

  @PostConstruct
  void open() {
    log = new TransactionLog(config.replica(), config.transactionLogRetention(), clock);
  }

  /**
   * Commits the whole batch or throws; nothing is half-stored. The metrics count what was
   * committed, once the commit succeeded.
   */
  public void write(StoreBatch batch) throws SQLException {
    long start = System.nanoTime();
    Instant startedAt = clock.instant();
    LocalDateTime receivedAt = Sql.utc(startedAt);
    try (Connection c = dataSource.getConnection()) {
      log.pruneIfDue(c);
      c.setAutoCommit(false);
      try {
        List<QuarantinedRecord> refused = new ArrayList<>(batch.quarantined());
        List<StoredEvent> events = batch.events();
        Set<String> existing = Rows.existing(c, events);
        List<String> refusedIds = List.of();
        try {
          Rows.insertAll(c, events, receivedAt);
        } catch (SQLException e) {
          if (Sql.isConnectionProblem(e)) {
            throw e;
          }
          c.rollback();
          existing = Rows.existing(c, events);
          List<QuarantinedRecord> refusedByDb = insertOneByOne(c, events, receivedAt);
          refusedIds = refusedByDb.stream().map(QuarantinedRecord::key).toList();
          refused.addAll(refusedByDb);
        }
        insertQuarantine(c, refused);
        log.record(c, startedAt, events);
        c.commit();
        metrics.committed(
            WriteOutcome.of(events, existing, refusedIds, refused.size()), batch.size(), start);
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

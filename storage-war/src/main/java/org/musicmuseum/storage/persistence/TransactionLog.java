package org.musicmuseum.storage.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.musicmuseum.storage.domain.StoredEvent;

/**
 * The table {@code store_transactions}: one row per storage transaction that stored events, written
 * inside it, so an operator (and the scale-out test) can see which replica wrote when, and that
 * replicas' transactions overlap. Rows older than the retention are pruned at most once a minute.
 */
final class TransactionLog {

  private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
  private static final int PRUNE_LIMIT = 10_000;

  private final String replica;
  private final Duration retention;
  private final Clock clock;
  private Instant nextPrune = Instant.MIN;

  TransactionLog(String replica, Duration retention, Clock clock) {
    this.replica = replica;
    this.retention = retention;
    this.clock = clock;
  }

  /**
   * Adds the row of the transaction on {@code c}, begun at {@code startedAt}, before its commit.
   */
  void record(Connection c, Instant startedAt, List<StoredEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    String partitions =
        events.stream()
            .map(StoredEvent::partition)
            .collect(Collectors.toCollection(TreeSet::new))
            .stream()
            .map(String::valueOf)
            .collect(Collectors.joining(","));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO store_transactions (replica, started_at, finished_at, events, partitions)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, replica);
      ps.setObject(2, Sql.utc(startedAt));
      ps.setObject(3, Sql.utc(clock.instant()));
      ps.setInt(4, events.size());
      ps.setString(5, partitions);
      ps.executeUpdate();
    }
  }

  /**
   * Deletes rows older than the retention, a bounded number at a time, when a minute has passed
   * since the last prune; {@code c} must be in auto-commit mode.
   */
  synchronized void pruneIfDue(Connection c) throws SQLException {
    Instant now = clock.instant();
    if (now.isBefore(nextPrune)) {
      return;
    }
    nextPrune = now.plus(PRUNE_EVERY);
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM store_transactions WHERE finished_at < ? LIMIT ?")) {
      ps.setObject(1, Sql.utc(now.minus(retention)));
      ps.setInt(2, PRUNE_LIMIT);
      ps.executeUpdate();
    }
  }
}

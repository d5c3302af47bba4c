package org.musicmuseum.loadtest.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The DB's own pace for what storage does: {@code INSERT IGNORE} of album rows in batches, one
 * commit per batch, with the same driver and URL, into a copy of the albums table that is dropped
 * afterwards.
 */
final class RawInsertBaseline {

  private static final String TABLE = "bench_raw_albums";

  private RawInsertBaseline() {}

  /** Rows per second. */
  static double run(BenchStack stack, int rows, int batch) throws SQLException {
    try (Connection c = stack.db()) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + TABLE);
        s.execute("CREATE TABLE " + TABLE + " LIKE albums");
      }
      try {
        return insert(c, rows, batch);
      } finally {
        try (Statement s = c.createStatement()) {
          s.execute("DROP TABLE " + TABLE);
        }
      }
    }
  }

  private static double insert(Connection c, int rows, int batch) throws SQLException {
    c.setAutoCommit(false);
    String sql =
        "INSERT IGNORE INTO "
            + TABLE
            + " (trace_id, album_id, album_name, artist_name, album_track_count, date_created,"
            + " received_at, kafka_partition, kafka_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    long start = System.nanoTime();
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      for (int i = 0; i < rows; i++) {
        Timestamp now = Timestamp.from(Instant.now());
        insert.setString(1, UUID.randomUUID().toString());
        insert.setLong(2, 1 + i % 1_000_000);
        insert.setString(3, "Blue Night River");
        insert.setString(4, "Golden Echo " + i % 400);
        insert.setInt(5, 1 + i % 30);
        insert.setTimestamp(6, now);
        insert.setTimestamp(7, now);
        insert.setInt(8, i % 2);
        insert.setLong(9, i);
        insert.addBatch();
        if ((i + 1) % batch == 0 || i == rows - 1) {
          insert.executeBatch();
          c.commit();
        }
      }
    }
    return rows / ((System.nanoTime() - start) / 1e9);
  }
}

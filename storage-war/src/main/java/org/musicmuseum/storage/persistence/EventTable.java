package org.musicmuseum.storage.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import org.musicmuseum.events.EventType;
import org.musicmuseum.storage.domain.AlbumRow;
import org.musicmuseum.storage.domain.SingleSongRow;

/** The table of each event type and how to read its rows. */
enum EventTable {
  ALBUMS(EventType.NEW_ALBUM, "albums", "album_id, album_name, artist_name, album_track_count") {
    @Override
    Object read(ResultSet rs) throws SQLException {
      return new AlbumRow(
          rs.getLong(1),
          rs.getString(2),
          rs.getLong(3),
          rs.getString(4),
          rs.getString(5),
          rs.getInt(6),
          Sql.instant(rs.getTimestamp(7)),
          Sql.instant(rs.getTimestamp(8)),
          rs.getInt(9),
          rs.getLong(10));
    }
  },
  SINGLE_SONGS(
      EventType.NEW_SINGLE_SONG, "single_songs", "song_id, song_name, artist_name, song_duration") {
    @Override
    Object read(ResultSet rs) throws SQLException {
      return new SingleSongRow(
          rs.getLong(1),
          rs.getString(2),
          rs.getLong(3),
          rs.getString(4),
          rs.getString(5),
          rs.getDouble(6),
          Sql.instant(rs.getTimestamp(7)),
          Sql.instant(rs.getTimestamp(8)),
          rs.getInt(9),
          rs.getLong(10));
    }
  };

  private final EventType type;
  private final String table;
  private final String selectPage;
  private final String selectColumns;
  private final String selectTrace;

  EventTable(EventType type, String table, String payloadColumns) {
    this.type = type;
    this.table = table;
    this.selectColumns =
        "SELECT id, trace_id, "
            + payloadColumns
            + ", date_created, received_at, kafka_partition, kafka_offset FROM "
            + table
            + " WHERE date_created >= ? AND date_created < ?";
    this.selectPage = selectColumns + " AND id > ? ORDER BY id LIMIT ?";
    this.selectTrace =
        "SELECT id, date_created, received_at, kafka_partition, kafka_offset FROM "
            + table
            + " WHERE trace_id = ?";
  }

  static EventTable of(EventType type) {
    return type == EventType.NEW_ALBUM ? ALBUMS : SINGLE_SONGS;
  }

  EventType type() {
    return type;
  }

  String tableName() {
    return table;
  }

  /**
   * Parameter: the trace id; columns: id, date_created, received_at, kafka_partition, kafka_offset.
   */
  String selectTrace() {
    return selectTrace;
  }

  /** Parameters: from, to, after id, limit. */
  String selectPage() {
    return selectPage;
  }

  /**
   * Parameters: from, to, then the {@code named} partitions of a cursor (for NOT IN), then each of
   * them with the offset last read, then the limit; rows in (partition, offset) order.
   */
  String selectByPosition(int named) {
    if (named == 0) {
      return selectColumns + " ORDER BY kafka_partition, kafka_offset LIMIT ?";
    }
    return selectColumns
        + " AND (kafka_partition NOT IN ("
        + String.join(",", Collections.nCopies(named, "?"))
        + ") OR "
        + String.join(
            " OR ", Collections.nCopies(named, "(kafka_partition = ? AND kafka_offset > ?)"))
        + ") ORDER BY kafka_partition, kafka_offset LIMIT ?";
  }

  /** Which of {@code count} trace ids (the parameters) the table holds. */
  String selectExisting(int count) {
    return "SELECT trace_id FROM "
        + table
        + " WHERE trace_id IN ("
        + String.join(",", Collections.nCopies(count, "?"))
        + ")";
  }

  /**
   * The row at the result set's cursor, in the column order of {@link #selectPage()} (the same in
   * {@link #selectByPosition}: partition and offset are columns 9 and 10).
   */
  abstract Object read(ResultSet rs) throws SQLException;
}

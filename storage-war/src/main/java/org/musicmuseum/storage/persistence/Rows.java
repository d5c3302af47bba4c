package org.musicmuseum.storage.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.NewSingleSongEvent;
import org.musicmuseum.storage.domain.QuarantinedRecord;
import org.musicmuseum.storage.domain.StoredEvent;

/** The INSERT statements of the two event tables. */
final class Rows {

  private static final String INSERT_ALBUM =
      "INSERT INTO albums (trace_id, album_id, album_name, artist_name, album_track_count,"
          + " date_created, received_at, kafka_partition, kafka_offset)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE trace_id = trace_id";
  private static final String INSERT_SINGLE =
      "INSERT INTO single_songs (trace_id, song_id, song_name, artist_name, song_duration,"
          + " date_created, received_at, kafka_partition, kafka_offset)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE trace_id = trace_id";

  private Rows() {}

  /** Inserts albums and singles with one multi-row statement per table. */
  static void insertAll(Connection c, List<StoredEvent> events, LocalDateTime receivedAt)
      throws SQLException {
    try (PreparedStatement albums = c.prepareStatement(INSERT_ALBUM);
        PreparedStatement singles = c.prepareStatement(INSERT_SINGLE)) {
      int albumCount = 0;
      int singleCount = 0;
      for (StoredEvent e : events) {
        if (e.envelope().payload() instanceof NewAlbumEvent a) {
          bindNamed(albums, a.traceId(), a.albumId(), a.albumName(), a.artistName());
          albums.setInt(5, a.albumTrackCount());
          bindOrigin(albums, e, receivedAt);
          albumCount++;
        } else if (e.envelope().payload() instanceof NewSingleSongEvent s) {
          bindNamed(singles, s.traceId(), s.songId(), s.songName(), s.artistName());
          singles.setDouble(5, s.songDuration());
          bindOrigin(singles, e, receivedAt);
          singleCount++;
        }
      }
      if (albumCount > 0) {
        albums.executeBatch();
      }
      if (singleCount > 0) {
        singles.executeBatch();
      }
    }
  }

  /** Columns 1 to 4, which both tables have: trace id, the event's id and name, the artist. */
  private static void bindNamed(
      PreparedStatement ps, String traceId, long id, String name, String artist)
      throws SQLException {
    ps.setString(1, traceId);
    ps.setLong(2, id);
    ps.setString(3, name);
    ps.setString(4, artist);
  }

  private static void bindOrigin(PreparedStatement ps, StoredEvent e, LocalDateTime receivedAt)
      throws SQLException {
    ps.setObject(6, Sql.utc(e.envelope().datetime()));
    ps.setObject(7, receivedAt);
    ps.setInt(8, e.partition());
    ps.setLong(9, e.offset());
    ps.addBatch();
  }

  /** A valid event the database refused, kept with its JSON. */
  static QuarantinedRecord asQuarantined(StoredEvent e, String reason) {
    byte[] value = new EventCodec().toBytes(e.envelope());
    return new QuarantinedRecord(
        e.topic(),
        e.partition(),
        e.offset(),
        e.envelope().payload().traceId(),
        value,
        value.length,
        reason);
  }

  /** The trace ids of these events that a table already holds (one query per table). */
  static Set<String> existing(Connection c, List<StoredEvent> events) throws SQLException {
    Set<String> found = new HashSet<>();
    for (EventTable table : EventTable.values()) {
      List<String> ids =
          events.stream()
              .map(e -> e.envelope().payload())
              .filter(p -> p.type() == table.type())
              .map(MusicEvent::traceId)
              .distinct()
              .toList();
      if (ids.isEmpty()) {
        continue;
      }
      try (PreparedStatement ps = c.prepareStatement(table.selectExisting(ids.size()))) {
        for (int i = 0; i < ids.size(); i++) {
          ps.setString(i + 1, ids.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.add(rs.getString(1));
          }
        }
      }
    }
    return found;
  }
}

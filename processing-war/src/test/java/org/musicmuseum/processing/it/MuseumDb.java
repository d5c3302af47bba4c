package org.musicmuseum.processing.it;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.musicmuseum.testkit.Db;

/** What the statistics must equal, read straight from the database over JDBC. */
final class MuseumDb {

  /** Counts and maxima, as the statistics and the database both give them. */
  record Totals(long albums, int maxTracks, long singles, double maxDuration) {

    static Totals of(JsonObject stats) {
      return new Totals(
          stats.getJsonNumber("num_album_events").longValue(),
          stats.getInt("max_album_track_count"),
          stats.getJsonNumber("num_single_events").longValue(),
          stats.getJsonNumber("max_single_song_duration").doubleValue());
    }
  }

  /** Events (albums plus singles) of one artist. */
  record ArtistEvents(String artistName, long events) {}

  private final Db db;

  MuseumDb(Db db) {
    this.db = db;
  }

  /** Row counts and maxima of the two tables (0 for the maximum of an empty table). */
  Totals totals() {
    return db.query(
        "SELECT (SELECT COUNT(*) FROM albums), (SELECT COALESCE(MAX(album_track_count), 0) FROM"
            + " albums), (SELECT COUNT(*) FROM single_songs), (SELECT COALESCE(MAX(song_duration),"
            + " 0) FROM single_songs)",
        rs -> {
          rs.next();
          return new Totals(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getDouble(4));
        });
  }

  /** Events per artist over both tables, in no particular order. */
  List<ArtistEvents> artistEvents() {
    return db.query(
        "SELECT artist_name, COUNT(*) FROM (SELECT artist_name FROM albums UNION ALL"
            + " SELECT artist_name FROM single_songs) e GROUP BY artist_name",
        rs -> {
          List<ArtistEvents> rows = new ArrayList<>();
          while (rs.next()) {
            rows.add(new ArtistEvents(rs.getString(1), rs.getLong(2)));
          }
          return rows;
        });
  }
}

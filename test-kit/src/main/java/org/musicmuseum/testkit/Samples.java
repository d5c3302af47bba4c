package org.musicmuseum.testkit;

/** Valid request bodies for the receiver's single-event endpoints. */
public final class Samples {

  /** A body for {@code POST /receiver/events/new_album}. */
  public static final String ALBUM =
      "{\"album_id\":7,\"album_name\":\"Kind of Blue\",\"artist_name\":\"Miles Davis\","
          + "\"album_track_count\":5}";

  /** A body for {@code POST /receiver/events/new_single_song}. */
  public static final String SINGLE =
      "{\"song_id\":3,\"song_name\":\"So What\",\"artist_name\":\"Miles Davis\","
          + "\"song_duration\":562.5}";

  private Samples() {}
}

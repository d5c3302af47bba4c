package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Comparator;

/**
 * How many events (albums and singles) an artist has.
 *
 * @param artistName the artist
 * @param events albums plus singles
 */
@JsonbPropertyOrder({"artistName", "events"})
public record ArtistCount(@JsonbProperty("artist_name") String artistName, long events) {

  /** Most events first; ties by name. */
  public static final Comparator<ArtistCount> RANKING =
      Comparator.comparingLong(ArtistCount::events)
          .reversed()
          .thenComparing(ArtistCount::artistName);
}

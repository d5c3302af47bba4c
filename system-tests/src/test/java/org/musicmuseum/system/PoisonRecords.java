package org.musicmuseum.system;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.testkit.RawProducer;
import org.musicmuseum.testkit.RawProducer.Position;

/**
 * Poison for the topic: records put straight on it, past the receiver's validation, as a broken
 * producer would.
 */
final class PoisonRecords {

  private final RawProducer producer;

  PoisonRecords(RawProducer producer) {
    this.producer = producer;
  }

  /** Not JSON, JSON of the wrong schema, and a 900 kB album name, all to {@code partition}. */
  List<Position> sendPoison(int partition) {
    String wrongSchema =
        Json.createObjectBuilder()
            .add("type", "new_album")
            .add("datetime", Instant.now().toString())
            .add("payload", Json.createObjectBuilder().add("album", "no such field"))
            .build()
            .toString();
    String huge =
        Json.createObjectBuilder()
            .add("type", "new_album")
            .add("datetime", Instant.now().toString())
            .add(
                "payload",
                Json.createObjectBuilder()
                    .add("trace_id", TraceIds.random())
                    .add("album_id", 1)
                    .add("album_name", "x".repeat(900_000))
                    .add("artist_name", "Huge")
                    .add("album_track_count", 1))
            .build()
            .toString();
    List<Position> positions = new ArrayList<>();
    for (String value : List.of("this is not JSON {", wrongSchema, huge)) {
      positions.add(producer.send(partition, "poison", value.getBytes(StandardCharsets.UTF_8)));
    }
    return positions;
  }

  /** A valid album, after the poison on the same partition. */
  Position sendValid(int partition, NewAlbumEvent album) {
    return producer.send(
        partition,
        album.traceId(),
        new EventCodec().toBytes(EventEnvelope.of(album, Instant.now())));
  }
}

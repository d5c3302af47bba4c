package org.musicmuseum.events;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes envelopes as the JSON that travels on the topic, with the JSON-B names of the event
 * records. Written with a JSON-P generator rather than JSON-B: this is the receiver's hottest write
 * and reflection-driven binding cost a third of it (docs/benchmarks.md); {@code EventCodecTest}
 * holds the output equal to JSON-B's.
 */
public final class EventCodec {

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  /** The UTF-8 JSON of an envelope. */
  public byte[] toBytes(EventEnvelope<? extends MusicEvent> envelope) {
    // A generator on a Writer: one on an OutputStream sets up a charset encoder and a byte buffer
    // per call, which cost more than writing the envelope itself.
    StringWriter out = new StringWriter(320);
    try (JsonGenerator json = GENERATORS.createGenerator(out)) {
      json.writeStartObject()
          .write("type", envelope.type())
          .write("datetime", envelope.datetime().toString())
          .writeStartObject("payload")
          .write(PayloadSchema.TRACE_ID, envelope.payload().traceId());
      writeFields(envelope.payload(), json);
      json.writeEnd().writeEnd();
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void writeFields(MusicEvent payload, JsonGenerator json) {
    if (payload instanceof NewAlbumEvent album) {
      json.write("album_id", album.albumId())
          .write("album_name", album.albumName())
          .write("artist_name", album.artistName())
          .write("album_track_count", album.albumTrackCount());
    } else if (payload instanceof NewSingleSongEvent single) {
      json.write("song_id", single.songId())
          .write("song_name", single.songName())
          .write("artist_name", single.artistName())
          .write("song_duration", single.songDuration());
    } else {
      throw new IllegalArgumentException("unknown event " + payload.getClass());
    }
  }
}

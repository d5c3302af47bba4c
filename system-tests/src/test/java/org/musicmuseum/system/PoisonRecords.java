package org.musicmuseum.system;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.Topics;
import org.musicmuseum.events.TraceIds;

/**
 * Puts records straight on the topic, past the receiver's validation, as a broken producer would.
 */
final class PoisonRecords implements AutoCloseable {

  /**
   * Where a record landed.
   *
   * @param partition its partition
   * @param offset its offset
   */
  record Position(int partition, long offset) {}

  private final KafkaProducer<String, byte[]> producer;

  PoisonRecords(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(1_000_000));
    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
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
      positions.add(send(partition, "poison", value.getBytes(StandardCharsets.UTF_8)));
    }
    return positions;
  }

  /** A valid album, after the poison on the same partition. */
  Position sendValid(int partition, NewAlbumEvent album) {
    return send(
        partition,
        album.traceId(),
        new EventCodec().toBytes(EventEnvelope.of(album, Instant.now())));
  }

  private Position send(int partition, String key, byte[] value) {
    try {
      RecordMetadata sent =
          producer.send(new ProducerRecord<>(Topics.MUSIC_EVENTS, partition, key, value)).get();
      return new Position(sent.partition(), sent.offset());
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not put a record on the topic", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}

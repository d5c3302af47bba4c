package org.musicmuseum.audit.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.NewSingleSongEvent;
import org.musicmuseum.events.Topics;
import org.musicmuseum.events.TraceIds;

/** Records of the music-events topic for the tests. */
final class Records {

  private static final EventCodec CODEC = new EventCodec();

  private Records() {}

  static byte[] album(String traceId) {
    return CODEC.toBytes(
        EventEnvelope.of(new NewAlbumEvent(traceId, 7L, "Kind of Blue", "Miles Davis", 5), now()));
  }

  static byte[] single(String traceId) {
    return CODEC.toBytes(
        EventEnvelope.of(
            new NewSingleSongEvent(traceId, 3L, "So What", "Miles Davis", 562.5), now()));
  }

  static byte[] poison() {
    return "not json".getBytes(StandardCharsets.UTF_8);
  }

  static ConsumerRecord<byte[], byte[]> at(int partition, long offset, byte[] value) {
    return new ConsumerRecord<>(Topics.MUSIC_EVENTS, partition, offset, null, value);
  }

  static ConsumerRecord<byte[], byte[]> album(int partition, long offset) {
    return at(partition, offset, album(TraceIds.random()));
  }

  private static Instant now() {
    return Instant.parse("2026-11-25T10:15:30.123Z");
  }
}

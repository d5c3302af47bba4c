package org.musicmuseum.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.NewSingleSongEvent;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.storage.domain.RecordClassifier.RawRecord;

class RecordClassifierTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Instant AT = Instant.parse("2026-11-25T10:15:30.123456Z");

  private final RecordClassifier classifier =
      new RecordClassifier(new EventParser(FACTORY.getValidator()));
  private final EventCodec codec = new EventCodec();

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  private RawRecord record(int partition, long offset, Object payload) {
    byte[] value = null;
    if (payload instanceof String text) {
      value = text.getBytes(StandardCharsets.UTF_8);
    } else if (payload instanceof EventEnvelope<?> envelope) {
      value = codec.toBytes(envelope);
    }
    return new RawRecord("music-events", partition, offset, "k", value);
  }

  @Test
  void sortsValidEventsFromPoisonAndKeepsTheNextOffsets() {
    var album = new NewAlbumEvent(TraceIds.random(), 1L, "A", "X", 3);
    var single = new NewSingleSongEvent(TraceIds.random(), 2L, "S", "Y", 61.5);
    StoreBatch batch =
        classifier.classify(
            List.of(
                record(0, 10, EventEnvelope.of(album, AT)),
                record(0, 11, "not json"),
                record(1, 5, EventEnvelope.of(single, AT)),
                record(1, 6, null),
                record(
                    0,
                    12,
                    "{\"type\":\"new_album\",\"datetime\":\"2026-11-25T10:15:30Z\","
                        + "\"payload\":{\"trace_id\":\""
                        + TraceIds.random()
                        + "\",\"album_id\":1}}")));

    assertThat(batch.albums()).extracting(e -> e.envelope().payload()).containsExactly(album);
    assertThat(batch.singles()).extracting(e -> e.envelope().payload()).containsExactly(single);
    assertThat(batch.albums().get(0).offset()).isEqualTo(10);
    assertThat(batch.quarantined())
        .extracting(QuarantinedRecord::offset)
        .containsExactly(11L, 6L, 12L);
    assertThat(batch.quarantined().get(2).reason()).contains("payload.album_name is required");
    assertThat(batch.nextOffsets())
        .containsEntry(new TopicPartitionKey("music-events", 0), 13L)
        .containsEntry(new TopicPartitionKey("music-events", 1), 7L);
    assertThat(batch.size()).isEqualTo(5);
  }

  @Test
  void keepsOnlyTheHeadOfAHugePoisonValue() {
    String huge = "x".repeat(QuarantinedRecord.MAX_KEPT_BYTES * 3);
    StoreBatch batch = classifier.classify(List.of(record(0, 0, huge)));
    QuarantinedRecord q = batch.quarantined().get(0);
    assertThat(q.value()).hasSize(QuarantinedRecord.MAX_KEPT_BYTES);
    assertThat(q.valueSize()).isEqualTo(huge.length());
  }
}

package org.musicmuseum.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.musicmuseum.audit.domain.AuditRecord;
import org.musicmuseum.audit.domain.Counts;
import org.musicmuseum.audit.index.IndexEntry;
import org.musicmuseum.audit.index.LogPosition;
import org.musicmuseum.audit.index.OffsetIndex;
import org.musicmuseum.audit.messaging.RecordFetcher;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.Topics;

class AuditReaderTest {

  private static final String ALBUM =
      "{\"type\":\"new_album\",\"datetime\":\"2026-11-25T10:15:30.123Z\",\"payload\":"
          + "{\"trace_id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"album_id\":7,"
          + "\"album_name\":\"Kind of Blue\",\"artist_name\":\"Miles Davis\","
          + "\"album_track_count\":5}}";
  private static final long TIMESTAMP = 1_795_601_730_125L;

  private final OffsetIndex index = new OffsetIndex();
  private final AtomicBoolean caughtUp = new AtomicBoolean(true);

  private static ConsumerRecord<byte[], byte[]> recordAt(LogPosition p, String value) {
    return new ConsumerRecord<>(
        Topics.MUSIC_EVENTS,
        p.partition(),
        p.offset(),
        TIMESTAMP,
        TimestampType.CREATE_TIME,
        0,
        value.length(),
        null,
        value.getBytes(StandardCharsets.UTF_8),
        new RecordHeaders(),
        Optional.empty());
  }

  private AuditReader readerOf(String value) {
    return new AuditReader(
        () -> index, caughtUp::get, p -> new RecordFetcher.Found(recordAt(p, value)));
  }

  @Test
  void findsTheEventThroughTheIndexWithItsPositionAndTimestamp() {
    index.add(IndexEntry.of(EventType.NEW_SINGLE_SONG, 0, 0));
    index.add(IndexEntry.of(EventType.NEW_ALBUM, 1, 41));
    index.add(IndexEntry.of(EventType.NEW_ALBUM, 0, 42));

    AuditReader.Answer answer = readerOf(ALBUM).read(EventType.NEW_ALBUM, 1);

    assertThat(answer).isInstanceOf(AuditReader.Event.class);
    AuditRecord record = ((AuditReader.Event) answer).record();
    assertThat(record.partition()).isZero();
    assertThat(record.offset()).isEqualTo(42);
    assertThat(record.timestamp()).isEqualTo("2026-11-25T10:15:30.125Z");
    assertThat(record.event().getJsonObject("payload").getString("album_name"))
        .isEqualTo("Kind of Blue");
  }

  @Test
  void pastTheEndIsNotFoundOnceCaughtUpAndRetryLaterBefore() {
    index.add(IndexEntry.of(EventType.NEW_ALBUM, 0, 0));
    AuditReader reader = readerOf(ALBUM);

    assertThat(reader.read(EventType.NEW_ALBUM, 1)).isEqualTo(new AuditReader.PastEnd(1));
    assertThat(reader.read(EventType.NEW_SINGLE_SONG, 0)).isEqualTo(new AuditReader.PastEnd(0));
    caughtUp.set(false);
    assertThat(reader.read(EventType.NEW_ALBUM, 1)).isEqualTo(new AuditReader.CatchingUp(1));
    assertThat(reader.counts()).isEqualTo(new Counts(1, 0, false));
  }

  @Test
  void aRecordThatIsNotAnEventOfThatTypeIsGone() {
    index.add(IndexEntry.of(EventType.NEW_SINGLE_SONG, 0, 3));

    assertThat(readerOf(ALBUM).read(EventType.NEW_SINGLE_SONG, 0))
        .isEqualTo(new AuditReader.Gone(new LogPosition(0, 3)));
    assertThat(readerOf("not json").read(EventType.NEW_SINGLE_SONG, 0))
        .isInstanceOf(AuditReader.Gone.class);
  }

  @Test
  void passesOnWhatTheFetcherCouldNotDo() {
    index.add(IndexEntry.of(EventType.NEW_ALBUM, 0, 0));

    AuditReader slow =
        new AuditReader(() -> index, caughtUp::get, p -> new RecordFetcher.Unavailable("slow"));
    AuditReader gone = new AuditReader(() -> index, caughtUp::get, p -> new RecordFetcher.Gone());

    assertThat(slow.read(EventType.NEW_ALBUM, 0)).isEqualTo(new AuditReader.Unavailable("slow"));
    assertThat(gone.read(EventType.NEW_ALBUM, 0))
        .isEqualTo(new AuditReader.Gone(new LogPosition(0, 0)));
  }
}

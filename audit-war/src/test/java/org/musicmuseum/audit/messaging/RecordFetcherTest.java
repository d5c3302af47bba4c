package org.musicmuseum.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.musicmuseum.audit.index.LogPosition;
import org.musicmuseum.audit.messaging.RecordFetcher.Fetched;
import org.musicmuseum.events.Topics;

/** Lookups against Kafka's MockConsumer: one seek and poll, bounded by a deadline. */
class RecordFetcherTest {

  private static final Duration TIMEOUT = Duration.ofMillis(200);
  private static final TopicPartition P1 = new TopicPartition(Topics.MUSIC_EVENTS, 1);

  private final AtomicInteger created = new AtomicInteger();

  /** A consumer whose partition 1 holds {@code log}, possibly failing with {@code error}. */
  private MockConsumer<byte[], byte[]> consumer(
      List<ConsumerRecord<byte[], byte[]>> log, KafkaException error) {
    created.incrementAndGet();
    var consumer = new MockConsumer<byte[], byte[]>(AutoOffsetResetStrategy.NONE.name());
    consumer.schedulePollTask(
        () -> {
          log.forEach(consumer::addRecord);
          if (error != null) {
            consumer.setPollException(error);
          }
        });
    return consumer;
  }

  private RecordFetcher fetcher(List<ConsumerRecord<byte[], byte[]>> log, KafkaException error) {
    return new RecordFetcher(
        new ConsumerPool(1, n -> consumer(log, error)), Topics.MUSIC_EVENTS, TIMEOUT);
  }

  @Test
  void readsTheRecordAtThePosition() {
    RecordFetcher fetcher =
        fetcher(List.of(Records.album(1, 4), Records.album(1, 5), Records.album(1, 6)), null);

    Fetched fetched = fetcher.fetch(new LogPosition(1, 5));

    assertThat(fetched).isInstanceOf(RecordFetcher.Found.class);
    assertThat(((RecordFetcher.Found) fetched).record().offset()).isEqualTo(5);
  }

  @Test
  void anOffsetTheLogNoLongerHoldsIsGone() {
    assertThat(fetcher(List.of(Records.album(1, 9)), null).fetch(new LogPosition(1, 5)))
        .isInstanceOf(RecordFetcher.Gone.class);
    var outOfRange = new OffsetOutOfRangeException("deleted", Map.of(P1, 5L));
    assertThat(fetcher(List.of(), outOfRange).fetch(new LogPosition(1, 5)))
        .isInstanceOf(RecordFetcher.Gone.class);
  }

  @Test
  void noAnswerWithinTheDeadlineIsUnavailableAndTheConsumerIsReused() {
    RecordFetcher fetcher = fetcher(List.of(), null);

    long start = System.nanoTime();
    Fetched fetched = fetcher.fetch(new LogPosition(1, 0));

    assertThat(fetched).isInstanceOf(RecordFetcher.Unavailable.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(fetcher.fetch(new LogPosition(1, 0))).isInstanceOf(RecordFetcher.Unavailable.class);
    assertThat(created).hasValue(1);
  }

  @Test
  void aFailedConsumerIsReplaced() {
    RecordFetcher fetcher = fetcher(List.of(), new KafkaException("broken"));

    Fetched fetched = fetcher.fetch(new LogPosition(1, 0));

    assertThat(fetched).isInstanceOf(RecordFetcher.Unavailable.class);
    assertThat(((RecordFetcher.Unavailable) fetched).reason()).contains("broken");
    assertThat(created).hasValue(2);
  }

  @Test
  void whenEveryConsumerIsBusyTheLookupGivesUpInTime() throws InterruptedException {
    ConsumerPool pool = new ConsumerPool(1, n -> consumer(List.of(), null));
    RecordFetcher fetcher = new RecordFetcher(pool, Topics.MUSIC_EVENTS, TIMEOUT);
    var busy = pool.borrow(TIMEOUT).orElseThrow();

    Fetched fetched = fetcher.fetch(new LogPosition(1, 0));

    assertThat(fetched).isInstanceOf(RecordFetcher.Unavailable.class);
    assertThat(((RecordFetcher.Unavailable) fetched).reason()).contains("busy");
    pool.giveBack(busy);
    pool.close();
  }
}

package org.musicmuseum.storage.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.Topics;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.events.support.Backoff;
import org.musicmuseum.storage.domain.RecordClassifier;
import org.musicmuseum.storage.domain.StoreBatch;

/** The loop against Kafka's MockConsumer: offsets are committed only after a successful store. */
class ConsumerLoopTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final TopicPartition P0 = new TopicPartition(Topics.MUSIC_EVENTS, 0);

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  private static MockConsumer<String, byte[]> consumerWith(int records) {
    var consumer = new MockConsumer<String, byte[]>(AutoOffsetResetStrategy.EARLIEST.name());
    consumer.schedulePollTask(
        () -> {
          consumer.rebalance(List.of(P0));
          consumer.updateBeginningOffsets(Map.of(P0, 0L));
          EventCodec codec = new EventCodec();
          for (int i = 0; i < records; i++) {
            var album = new NewAlbumEvent(TraceIds.random(), i + 1L, "A", "X", 1);
            consumer.addRecord(
                new ConsumerRecord<>(
                    Topics.MUSIC_EVENTS,
                    0,
                    i,
                    album.traceId(),
                    codec.toBytes(EventEnvelope.of(album, Instant.now()))));
          }
        });
    return consumer;
  }

  @Test
  void commitsOnlyAfterTheStoreSucceedsAndRetriesAFailedBatch() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    List<StoreBatch> stored = new CopyOnWriteArrayList<>();
    List<MockConsumer<String, byte[]>> consumers = new CopyOnWriteArrayList<>();
    ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    ConsumerLoop loop =
        new ConsumerLoop(
            () -> {
              var consumer = consumerWith(3);
              consumers.add(consumer);
              return consumer;
            },
            Topics.MUSIC_EVENTS,
            new RecordClassifier(new EventParser(FACTORY.getValidator())),
            batch -> {
              if (attempts.incrementAndGet() == 1) {
                assertThat(consumers.get(0).committed(java.util.Set.of(P0))).isEmpty();
                throw new java.sql.SQLTransientConnectionException("database down");
              }
              stored.add(batch);
            },
            () -> {},
            status,
            new Backoff(Duration.ofMillis(10)));
    Thread thread = new Thread(loop);
    thread.start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> !stored.isEmpty());
      MockConsumer<String, byte[]> second = consumers.get(1);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> second.committed(java.util.Set.of(P0)).get(P0) != null);
      assertThat(second.committed(java.util.Set.of(P0)).get(P0))
          .isEqualTo(new OffsetAndMetadata(3));
      assertThat(stored.get(0).events()).hasSize(3);
      assertThat(consumers.get(0).closed()).isTrue();
      assertThat(status.storedCount()).isEqualTo(3);
    } finally {
      loop.stop();
      thread.join(10_000);
    }
    assertThat(thread.isAlive()).isFalse();
    assertThat(status.isRunning()).isFalse();
  }

  @Test
  void anInterruptStopsTheLoopAndTheConsumerClosesUninterruptedSoItCanLeaveItsGroup()
      throws Exception {
    AtomicBoolean interruptedAtClose = new AtomicBoolean(true);
    MockConsumer<String, byte[]> consumer =
        new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name()) {
          @Override
          public synchronized void close() {
            interruptedAtClose.set(Thread.currentThread().isInterrupted());
            super.close();
          }
        };
    consumer.schedulePollTask(
        () -> {
          // what Kafka's client throws when the server interrupts the thread mid-poll
          throw new InterruptException(new InterruptedException("application stopping"));
        });
    ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    ConsumerLoop loop =
        new ConsumerLoop(
            () -> consumer,
            Topics.MUSIC_EVENTS,
            new RecordClassifier(new EventParser(FACTORY.getValidator())),
            batch -> {},
            () -> {},
            status,
            new Backoff(Duration.ofMillis(10)));
    Thread thread = new Thread(loop);
    thread.start();
    thread.join(10_000);

    assertThat(thread.isAlive()).isFalse();
    assertThat(consumer.closed()).isTrue();
    assertThat(interruptedAtClose).isFalse();
    assertThat(status.isRunning()).isFalse();
  }
}

package org.musicmuseum.storage.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.Topics;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.kit.kafka.InterruptedMidPoll;
import org.musicmuseum.kit.kafka.OffsetReset;
import org.musicmuseum.kit.kafka.PollLoop;
import org.musicmuseum.kit.trace.ConsumerSpans;
import org.musicmuseum.storage.domain.RecordClassifier;
import org.musicmuseum.storage.domain.StoreBatch;

/**
 * Storage's work in the kit's poll loop against Kafka's MockConsumer: offsets are committed only
 * after a successful store, the next poll is read while the last is written, a revocation commits
 * the write in flight first; a fatal error stops it, an offset problem does not.
 */
class ConsumerLoopTest {

  private static final PollLoop.Tuning TUNING =
      new PollLoop.Tuning(Duration.ofMillis(10), Duration.ofSeconds(30), OffsetReset.EARLIEST);
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final TopicPartition P0 = new TopicPartition(Topics.MUSIC_EVENTS, 0);

  private final ExecutorService writer = Executors.newSingleThreadExecutor();

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  @AfterEach
  void stopWriter() throws InterruptedException {
    writer.shutdownNow();
    assertThat(writer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private static MockConsumer<String, byte[]> consumerWith(int records) {
    var consumer = new MockConsumer<String, byte[]>(AutoOffsetResetStrategy.EARLIEST.name());
    consumer.schedulePollTask(() -> assignWithAlbums(consumer, records));
    return consumer;
  }

  /** Partition 0 holds {@code records} albums from offset 0. */
  private static void assignWithAlbums(MockConsumer<String, byte[]> consumer, int records) {
    consumer.rebalance(List.of(P0));
    consumer.updateBeginningOffsets(Map.of(P0, 0L));
    addAlbums(consumer, records);
  }

  private static void addAlbums(MockConsumer<String, byte[]> consumer, int records) {
    addAlbumsFrom(consumer, 0, records);
  }

  /** Partition 0 gets {@code records} more albums from {@code first} on. */
  private static void addAlbumsFrom(MockConsumer<String, byte[]> consumer, int first, int records) {
    EventCodec codec = new EventCodec();
    for (int i = first; i < first + records; i++) {
      var album = new NewAlbumEvent(TraceIds.random(), i + 1L, "A", "X", 1);
      consumer.addRecord(
          new ConsumerRecord<>(
              Topics.MUSIC_EVENTS,
              0,
              i,
              album.traceId(),
              codec.toBytes(EventEnvelope.of(album, Instant.now()))));
    }
  }

  private PollLoop<String, byte[]> loopOf(
      Supplier<Consumer<String, byte[]>> consumers,
      ConsumerLoop.BatchStore store,
      ConsumerStatus status) {
    ConsumerLoop work =
        new ConsumerLoop(
            new ConsumerLoop.Parts(
                Topics.MUSIC_EVENTS,
                new RecordClassifier(new EventParser(FACTORY.getValidator())),
                store,
                writer,
                () -> {},
                new ConsumerSpans(OpenTelemetry.noop(), Topics.MUSIC_EVENTS)),
            status);
    return new PollLoop<>(consumers, work, status, TUNING);
  }

  @Test
  void aFatalErrorStopsTheLoopAndLeavesStorageUnreadyWithTheReason() throws Exception {
    AtomicInteger created = new AtomicInteger();
    ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    MockConsumer<String, byte[]> consumer = consumerWith(1);
    consumer.setPollException(new TopicAuthorizationException(Set.of(Topics.MUSIC_EVENTS)));
    PollLoop<String, byte[]> loop = loopOf(counting(created, consumer), batch -> {}, status);

    loop.run();

    assertThat(created).hasValue(1);
    assertThat(consumer.closed()).isTrue();
    assertThat(status.isRunning()).isFalse();
    assertThat(status.isHealthy(Duration.ofMinutes(1))).isFalse();
    assertThat(status.lastError())
        .hasValueSatisfying(e -> assertThat(e).startsWith("TopicAuthorizationException"));
    assertThat(status.fatalError()).isEqualTo(status.lastError());
  }

  @Test
  void anOffsetOutOfRangeMovesThePartitionToTheOldestRecordLeftAndGoesOn() throws Exception {
    var consumer = new MockConsumer<String, byte[]>(AutoOffsetResetStrategy.EARLIEST.name());
    consumer.schedulePollTask(
        () -> {
          assignWithAlbums(consumer, 0);
          consumer.seek(P0, 3);
        });
    consumer.schedulePollTask(
        () -> {
          throw new OffsetOutOfRangeException("offset 3 is gone", Map.of(P0, 3L));
        });
    // read only from a position before offset 3, i.e. after the reset
    consumer.schedulePollTask(() -> addAlbums(consumer, 3));
    AtomicInteger created = new AtomicInteger();
    ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    PollLoop<String, byte[]> loop = loopOf(counting(created, consumer), batch -> {}, status);
    Thread thread = new Thread(loop);
    thread.start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> status.storedCount() == 3);
      assertThat(created).as("the same consumer goes on").hasValue(1);
      assertThat(status.lastError()).isEmpty();
      assertThat(status.isRunning()).isTrue();
    } finally {
      loop.stop();
      thread.join(10_000);
    }
  }

  @Test
  void commitsOnlyAfterTheStoreSucceedsAndRetriesAFailedBatch() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    List<StoreBatch> stored = new CopyOnWriteArrayList<>();
    List<MockConsumer<String, byte[]>> consumers = new CopyOnWriteArrayList<>();
    ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    PollLoop<String, byte[]> loop =
        loopOf(
            () -> {
              var consumer = consumerWith(3);
              consumers.add(consumer);
              return consumer;
            },
            batch -> {
              if (attempts.incrementAndGet() == 1) {
                assertThat(consumers.get(0).committed(java.util.Set.of(P0))).isEmpty();
                throw new java.sql.SQLTransientConnectionException("database down");
              }
              stored.add(batch);
            },
            status);
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
  void theStatusKnowsWhichPartitionsTheConsumerOwnsNow() throws Exception {
    TopicPartition p3 = new TopicPartition(Topics.MUSIC_EVENTS, 3);
    var consumer = new MockConsumer<String, byte[]>(AutoOffsetResetStrategy.EARLIEST.name());
    consumer.updateBeginningOffsets(Map.of(P0, 0L, p3, 0L));
    consumer.schedulePollTask(() -> consumer.rebalance(List.of(p3, P0)));
    ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    PollLoop<String, byte[]> loop = loopOf(() -> consumer, batch -> {}, status);
    Thread thread = new Thread(loop);
    thread.start();
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> status.partitions().equals("music-events-0,music-events-3"));
      consumer.schedulePollTask(() -> consumer.rebalance(List.of(p3)));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> status.partitions().equals("music-events-3"));
      assertThat(status.partitionCount()).isEqualTo(1);
    } finally {
      loop.stop();
      thread.join(10_000);
    }
  }

  @Test
  void anInterruptStopsTheLoopAndTheConsumerClosesUninterruptedSoItCanLeaveItsGroup()
      throws Exception {
    InterruptedMidPoll<String, byte[]> consumer = new InterruptedMidPoll<>();
    ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    PollLoop<String, byte[]> loop = loopOf(() -> consumer, batch -> {}, status);
    Thread thread = new Thread(loop);
    thread.start();
    thread.join(10_000);

    assertThat(thread.isAlive()).isFalse();
    assertThat(consumer.closed()).isTrue();
    assertThat(consumer.interruptedAtClose()).isFalse();
    assertThat(status.isRunning()).isFalse();
  }

  @Test
  void readsTheNextPollWhileTheLastIsWrittenAndCommitsEachOnlyAfterItsWrite() throws Exception {
    var consumer = consumerWith(3);
    consumer.schedulePollTask(() -> addAlbumsFrom(consumer, 3, 2));
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean();
    AtomicBoolean overlapped = new AtomicBoolean();
    List<Integer> written = new CopyOnWriteArrayList<>();
    ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    PollLoop<String, byte[]> loop =
        loopOf(
            () -> consumer,
            batch -> {
              overlapped.compareAndSet(false, !writing.compareAndSet(false, true));
              if (written.isEmpty()) {
                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
              }
              written.add(batch.events().size());
              writing.set(false);
            },
            status);
    Thread thread = new Thread(loop);
    thread.start();
    try {
      // the first batch is being written: the second poll is read, nothing is committed yet
      await().atMost(Duration.ofSeconds(10)).until(() -> consumer.position(P0) == 5);
      assertThat(consumer.committed(Set.of(P0))).isEmpty();
      assertThat(written).isEmpty();
      release.countDown();
      await().atMost(Duration.ofSeconds(10)).until(() -> status.storedCount() == 5);
      assertThat(consumer.committed(Set.of(P0)).get(P0)).isEqualTo(new OffsetAndMetadata(5));
      assertThat(written).containsExactly(3, 2);
      assertThat(overlapped).as("two writes at once").isFalse();
    } finally {
      release.countDown();
      loop.stop();
      thread.join(10_000);
    }
  }

  @Test
  void aWriteInFlightWhenThePartitionsAreRevokedIsCommittedBeforeTheyGo() throws Exception {
    var consumer = consumerWith(3);
    CountDownLatch release = new CountDownLatch(1);
    ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    PollLoop<String, byte[]> loop =
        loopOf(
            () -> consumer,
            batch -> assertThat(release.await(10, TimeUnit.SECONDS)).isTrue(),
            status);
    List<Long> storedOnRevoke = new CopyOnWriteArrayList<>();
    List<Boolean> committedOnRevoke = new CopyOnWriteArrayList<>();
    consumer.schedulePollTask(
        () -> {
          release.countDown();
          consumer.rebalance(List.of());
          // the callbacks ran inside rebalance(), before this poll returns to the loop (the mock
          // shows the committed offset of a partition it no longer owns as 0, so ask whether)
          storedOnRevoke.add(status.storedCount());
          committedOnRevoke.add(consumer.committed(Set.of(P0)).containsKey(P0));
        });
    Thread thread = new Thread(loop);
    thread.start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> !storedOnRevoke.isEmpty());
      assertThat(storedOnRevoke).containsExactly(3L);
      assertThat(committedOnRevoke).containsExactly(true);
      assertThat(status.partitionCount()).isZero();
      assertThat(status.storedCount()).isEqualTo(3);
    } finally {
      release.countDown();
      loop.stop();
      thread.join(10_000);
    }
  }

  /** Hands out {@code consumer} each time, counting how often one was asked for. */
  private static Supplier<Consumer<String, byte[]>> counting(
      AtomicInteger created, Consumer<String, byte[]> consumer) {
    return () -> {
      created.incrementAndGet();
      return consumer;
    };
  }
}

package org.musicmuseum.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.audit.index.IndexEntry;
import org.musicmuseum.audit.index.IndexStore;
import org.musicmuseum.audit.index.LogPosition;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.Topics;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.kit.kafka.OffsetReset;
import org.musicmuseum.kit.kafka.PollLoop;

/** The indexer against Kafka's MockConsumer and a real index file. */
class IndexLoopTest {

  private static final PollLoop.Tuning TUNING =
      new PollLoop.Tuning(Duration.ofMillis(20), Duration.ofSeconds(2), OffsetReset.EARLIEST);
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final TopicPartition P0 = new TopicPartition(Topics.MUSIC_EVENTS, 0);
  private static final TopicPartition P1 = new TopicPartition(Topics.MUSIC_EVENTS, 1);

  @TempDir Path dir;

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  /** A consumer of a two-partition topic that holds {@code log}. */
  static MockConsumer<byte[], byte[]> consumerOf(List<ConsumerRecord<byte[], byte[]>> log) {
    var consumer = new MockConsumer<byte[], byte[]>(AutoOffsetResetStrategy.EARLIEST.name());
    consumer.updatePartitions(
        Topics.MUSIC_EVENTS,
        List.of(
            new PartitionInfo(Topics.MUSIC_EVENTS, 0, null, null, null),
            new PartitionInfo(Topics.MUSIC_EVENTS, 1, null, null, null)));
    consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    consumer.updateEndOffsets(Map.of(P0, end(log, 0), P1, end(log, 1)));
    consumer.schedulePollTask(() -> log.forEach(consumer::addRecord));
    return consumer;
  }

  private static long end(List<ConsumerRecord<byte[], byte[]>> log, int partition) {
    return log.stream().filter(r -> r.partition() == partition).count();
  }

  /** Runs the loop until the condition holds, then stops it; returns the loop's status. */
  private IndexStatus runUntil(
      IndexStore store,
      Supplier<Consumer<byte[], byte[]>> consumers,
      java.util.function.Predicate<IndexStatus> done)
      throws InterruptedException {
    IndexStatus status = new IndexStatus(new IndexStatus.Tally());
    PollLoop<byte[], byte[]> loop = loopOf(store, consumers, status);
    Thread thread = new Thread(loop, "test-indexer");
    thread.start();
    try {
      await().atMost(PATIENCE).until(() -> done.test(status));
    } finally {
      loop.stop();
      thread.join(PATIENCE.toMillis());
    }
    assertThat(thread.isAlive()).isFalse();
    assertThat(status.isRunning()).isFalse();
    return status;
  }

  private static PollLoop<byte[], byte[]> loopOf(
      IndexStore store, Supplier<Consumer<byte[], byte[]>> consumers, IndexStatus status) {
    IndexLoop work =
        new IndexLoop(
            Topics.MUSIC_EVENTS,
            store,
            new EntryExtractor(new EventParser(FACTORY.getValidator())),
            status,
            Duration.ofMillis(5));
    return new PollLoop<>(consumers, work, status, TUNING);
  }

  @Test
  void aFatalErrorStopsTheIndexerAndLeavesTheReasonForReadiness() throws Exception {
    AtomicInteger created = new AtomicInteger();
    MockConsumer<byte[], byte[]> consumer = consumerOf(List.of(Records.album(0, 0)));
    consumer.setPollException(new SaslAuthenticationException("bad credentials"));
    try (IndexStore store = new IndexStore(dir.resolve("index.bin"))) {
      IndexStatus status = new IndexStatus(new IndexStatus.Tally());
      PollLoop<byte[], byte[]> loop =
          loopOf(
              store,
              () -> {
                created.incrementAndGet();
                return consumer;
              },
              status);

      loop.run();

      assertThat(created).hasValue(1);
      assertThat(consumer.closed()).isTrue();
      assertThat(status.isRunning()).isFalse();
      assertThat(status.lastError())
          .hasValueSatisfying(e -> assertThat(e).contains("bad credentials"));
      assertThat(status.fatalError()).isEqualTo(status.lastError());
    }
  }

  @Test
  void indexesEveryValidEventInTheOrderReadAndCatchesUp() throws Exception {
    List<ConsumerRecord<byte[], byte[]>> log =
        List.of(
            Records.album(0, 0),
            Records.at(0, 1, Records.poison()),
            Records.at(0, 2, Records.single(TraceIds.random())),
            Records.album(1, 0),
            Records.at(1, 1, null));
    try (IndexStore store = new IndexStore(dir.resolve("index.bin"))) {
      IndexStatus status = runUntil(store, () -> consumerOf(log), IndexStatus::isCaughtUp);

      assertThat(store.index().count(EventType.NEW_ALBUM)).isEqualTo(2);
      assertThat(store.index().count(EventType.NEW_SINGLE_SONG)).isEqualTo(1);
      assertThat(store.index().find(EventType.NEW_SINGLE_SONG, 0)).contains(new LogPosition(0, 2));
      assertThat(status.skippedCount()).isEqualTo(2);
      assertThat(status.lastError()).isEmpty();
    }
    try (IndexStore reloaded = new IndexStore(dir.resolve("index.bin"))) {
      reloaded.open();
      assertThat(reloaded.index().count(EventType.NEW_ALBUM)).isEqualTo(2);
    }
  }

  @Test
  void aRestartKeepsEveryIndexAndResumesAfterTheLastIndexedOffsets() throws Exception {
    List<ConsumerRecord<byte[], byte[]>> log = new ArrayList<>();
    log.addAll(List.of(Records.album(0, 0), Records.album(0, 1), Records.album(1, 0)));
    log.add(Records.at(1, 1, Records.poison()));
    Path path = dir.resolve("index.bin");
    List<LogPosition> before = new ArrayList<>();
    try (IndexStore store = new IndexStore(path)) {
      runUntil(store, () -> consumerOf(log), IndexStatus::isCaughtUp);
      for (int i = 0; i < 3; i++) {
        before.add(store.index().find(EventType.NEW_ALBUM, i).orElseThrow());
      }
    }
    log.add(Records.album(0, 2));
    log.add(Records.at(1, 2, Records.single(TraceIds.random())));

    try (IndexStore store = new IndexStore(path)) {
      IndexStatus status =
          runUntil(
              store,
              () -> consumerOf(log),
              s -> s.isCaughtUp() && store.index().count(EventType.NEW_SINGLE_SONG) == 1);

      for (int i = 0; i < 3; i++) {
        assertThat(store.index().find(EventType.NEW_ALBUM, i)).contains(before.get(i));
      }
      assertThat(store.index().find(EventType.NEW_ALBUM, 3)).contains(new LogPosition(0, 2));
      assertThat(store.index().count(EventType.NEW_ALBUM)).isEqualTo(4);
      assertThat(status.skippedCount()).as("the poison after the last event, read again").isOne();
    }
  }

  @Test
  void aFailedConsumerIsReplacedWithoutIndexingAnythingTwice() throws Exception {
    List<ConsumerRecord<byte[], byte[]>> log =
        List.of(Records.album(0, 0), Records.album(1, 0), Records.album(1, 1));
    AtomicInteger created = new AtomicInteger();
    Supplier<Consumer<byte[], byte[]>> consumers =
        () -> {
          MockConsumer<byte[], byte[]> consumer = consumerOf(log);
          if (created.incrementAndGet() == 1) {
            consumer.schedulePollTask(
                () -> consumer.setPollException(new KafkaException("broker gone")));
          }
          return consumer;
        };
    try (IndexStore store = new IndexStore(dir.resolve("index.bin"))) {
      runUntil(store, consumers, s -> created.get() >= 2 && s.isCaughtUp());

      assertThat(store.index().count(EventType.NEW_ALBUM)).isEqualTo(3);
      assertThat(store.index().nextOffsets()).isEqualTo(Map.of(0, 1L, 1, 2L));
    }
  }

  @Test
  void anIndexOfAnotherLogIsRebuiltFromTheBeginning() throws Exception {
    Path path = dir.resolve("index.bin");
    try (IndexStore stale = new IndexStore(path)) {
      stale.open();
      stale.append(List.of(IndexEntry.of(EventType.NEW_ALBUM, 0, 10)));
    }
    List<ConsumerRecord<byte[], byte[]>> log = List.of(Records.album(0, 0));

    try (IndexStore store = new IndexStore(path)) {
      runUntil(store, () -> consumerOf(log), IndexStatus::isCaughtUp);

      assertThat(store.index().count(EventType.NEW_ALBUM)).isOne();
      assertThat(store.index().find(EventType.NEW_ALBUM, 0)).contains(new LogPosition(0, 0));
    }
  }
}

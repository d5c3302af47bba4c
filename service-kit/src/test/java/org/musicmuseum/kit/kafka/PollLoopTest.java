package org.musicmuseum.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.NoOffsetForPartitionException;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.junit.jupiter.api.Test;

/** The loop skeleton against Kafka's MockConsumer, with a work that only collects values. */
class PollLoopTest {

  private static final TopicPartition P0 = new TopicPartition("t", 0);
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  /** Assigns partition 0 and keeps every value it is handed; {@code keep} says what to return. */
  static final class Collecting implements PollLoop.Work<String, String> {
    final List<String> values = new CopyOnWriteArrayList<>();
    final AtomicInteger starts = new AtomicInteger();
    volatile boolean keep = true;

    @Override
    public void start(Consumer<String, String> consumer) {
      starts.incrementAndGet();
      consumer.assign(List.of(P0));
    }

    @Override
    public boolean handle(Consumer<String, String> consumer, ConsumerRecords<String, String> rs) {
      rs.forEach(r -> values.add(r.value()));
      return keep;
    }
  }

  private static MockConsumer<String, String> consumer(String reset) {
    var consumer = new MockConsumer<String, String>(reset);
    consumer.updateBeginningOffsets(Map.of(P0, 0L));
    consumer.updateEndOffsets(Map.of(P0, 0L));
    return consumer;
  }

  private static PollLoop<String, String> loop(
      Supplier<Consumer<String, String>> consumers, Collecting work, LoopState state) {
    return new PollLoop<>(
        consumers,
        work,
        state,
        new PollLoop.Tuning(Duration.ofMillis(10), Duration.ofSeconds(1), OffsetReset.LATEST));
  }

  @Test
  void aRetriableErrorClosesTheConsumerAndAFreshOneGoesOnAfterABackOff() {
    List<MockConsumer<String, String>> made = new CopyOnWriteArrayList<>();
    Collecting work = new Collecting();
    LoopState state = new LoopState();
    PollLoop<String, String> loop =
        loop(
            () -> {
              var consumer = consumer(AutoOffsetResetStrategy.EARLIEST.name());
              if (made.isEmpty()) {
                consumer.setPollException(new org.apache.kafka.common.KafkaException("gone"));
              } else {
                consumer.schedulePollTask(
                    () -> consumer.addRecord(new ConsumerRecord<>("t", 0, 0, "k", "v")));
              }
              made.add(consumer);
              return consumer;
            },
            work,
            state);
    loop.start(Executors.defaultThreadFactory(), "test-loop");
    try {
      await().atMost(PATIENCE).until(() -> work.values.contains("v"));
      assertThat(made).hasSize(2);
      assertThat(made.get(0).closed()).isTrue();
      assertThat(state.lastError()).hasValue("KafkaException: gone");
      assertThat(state.fatalError()).isEmpty();
      assertThat(state.isRunning()).isTrue();
    } finally {
      loop.stopAndWait(PATIENCE);
    }
    assertThat(state.isRunning()).isFalse();
    assertThat(made.get(1).closed()).isTrue();
  }

  @Test
  void aFatalErrorEndsTheRunAndIsKept() {
    var consumer = consumer(AutoOffsetResetStrategy.EARLIEST.name());
    consumer.setPollException(new UnsupportedVersionException("broker too old"));
    LoopState state = new LoopState();

    loop(() -> consumer, new Collecting(), state).run();

    assertThat(state.isRunning()).isFalse();
    assertThat(state.fatalError()).hasValue("UnsupportedVersionException: broker too old");
    assertThat(consumer.closed()).isTrue();
  }

  @Test
  void anOffsetProblemMovesThePartitionByThePolicyAndKeepsTheConsumer() {
    var consumer = consumer(AutoOffsetResetStrategy.NONE.name());
    consumer.schedulePollTask(
        () -> {
          throw new NoOffsetForPartitionException(P0);
        });
    consumer.updateEndOffsets(Map.of(P0, 5L));
    AtomicInteger made = new AtomicInteger();
    Collecting work = new Collecting();
    LoopState state = new LoopState();
    PollLoop<String, String> loop =
        loop(
            () -> {
              made.incrementAndGet();
              return consumer;
            },
            work,
            state);
    loop.start(Executors.defaultThreadFactory(), "test-loop");
    try {
      // position() throws until the loop has reset the partition
      await().atMost(PATIENCE).ignoreExceptions().until(() -> consumer.position(P0) == 5L);
      assertThat(made).hasValue(1);
      assertThat(state.lastError()).isEmpty();
    } finally {
      loop.stopAndWait(PATIENCE);
    }
  }

  @Test
  void aWorkThatAsksForAFreshConsumerGetsOneAtOnce() {
    AtomicInteger made = new AtomicInteger();
    Collecting work = new Collecting();
    work.keep = false;
    PollLoop<String, String> loop =
        loop(
            () -> {
              made.incrementAndGet();
              return consumer(AutoOffsetResetStrategy.EARLIEST.name());
            },
            work,
            new LoopState());
    loop.start(Executors.defaultThreadFactory(), "test-loop");
    try {
      await().atMost(PATIENCE).until(() -> work.starts.get() >= 3);
      assertThat(made.get()).isGreaterThanOrEqualTo(3);
    } finally {
      loop.stopAndWait(PATIENCE);
    }
  }

  @Test
  void anInterruptStopsTheLoopAndTheCloseRunsUninterruptedThenTheFlagIsBack() throws Exception {
    AtomicBoolean interruptedAfterRun = new AtomicBoolean();
    InterruptedMidPoll<String, String> consumer = new InterruptedMidPoll<>();
    LoopState state = new LoopState();
    PollLoop<String, String> loop = loop(() -> consumer, new Collecting(), state);
    Thread thread =
        new Thread(
            () -> {
              loop.run();
              interruptedAfterRun.set(Thread.currentThread().isInterrupted());
            });
    thread.start();
    thread.join(PATIENCE.toMillis());

    assertThat(thread.isAlive()).isFalse();
    assertThat(consumer.closed()).isTrue();
    assertThat(consumer.interruptedAtClose()).isFalse();
    assertThat(interruptedAfterRun).isTrue();
    assertThat(state.isRunning()).isFalse();
    assertThat(state.lastError()).isEmpty();
  }
}

package org.musicmuseum.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.events.TraceIds;

/** Searches of a two-partition log held by a MockConsumer that answers offsetsForTimes. */
class TraceScannerTest {

  private static final Instant T0 = Instant.parse("2026-12-05T16:00:00Z");
  private static final Duration SLACK = Duration.ofSeconds(10);
  private static final String ID = "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4";
  private static final int PARTITION = KeyPartitions.of(ID, 2);
  private static final TopicPartition TP = new TopicPartition(Topics.MUSIC_EVENTS, PARTITION);

  /** MockConsumer leaves offsetsForTimes unimplemented: the first record at or after the time. */
  private static final class TimedConsumer extends MockConsumer<byte[], byte[]> {
    private final List<ConsumerRecord<byte[], byte[]>> log;

    TimedConsumer(List<ConsumerRecord<byte[], byte[]>> log) {
      super(AutoOffsetResetStrategy.EARLIEST.name());
      this.log = log;
      Node node = new Node(0, "h", 1);
      Node[] nodes = {node};
      updatePartitions(
          Topics.MUSIC_EVENTS,
          List.of(
              new PartitionInfo(Topics.MUSIC_EVENTS, 0, node, nodes, nodes),
              new PartitionInfo(Topics.MUSIC_EVENTS, 1, node, nodes, nodes)));
      updateEndOffsets(Map.of(TP, (long) log.size()));
      updateBeginningOffsets(Map.of(TP, 0L));
      schedulePollTask(() -> log.forEach(this::addRecord));
    }

    @Override
    public synchronized Map<TopicPartition, OffsetAndTimestamp> offsetsForTimes(
        Map<TopicPartition, Long> times) {
      Map<TopicPartition, OffsetAndTimestamp> found = new HashMap<>();
      log.stream()
          .filter(r -> r.timestamp() >= times.get(TP))
          .findFirst()
          .ifPresent(r -> found.put(TP, new OffsetAndTimestamp(r.offset(), r.timestamp())));
      return found;
    }
  }

  /** A log of {@code size} records one second apart from T0, the one at {@code at} keyed ID. */
  private static List<ConsumerRecord<byte[], byte[]>> log(int size, int at) {
    List<ConsumerRecord<byte[], byte[]>> log = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String key = i == at ? ID : TraceIds.random();
      log.add(
          new ConsumerRecord<>(
              Topics.MUSIC_EVENTS,
              PARTITION,
              i,
              T0.plusSeconds(i).toEpochMilli(),
              TimestampType.CREATE_TIME,
              36,
              10,
              key.getBytes(StandardCharsets.UTF_8),
              Records.album(key),
              new RecordHeaders(),
              Optional.empty()));
    }
    return log;
  }

  private static TraceScanner scanner(List<ConsumerRecord<byte[], byte[]>> log, long maxRecords) {
    return new TraceScanner(
        new ConsumerPool(1, n -> new TimedConsumer(log)),
        Topics.MUSIC_EVENTS,
        new TraceScanner.Bounds(SLACK, maxRecords, Duration.ofSeconds(5)));
  }

  @Test
  void findsTheRecordNearTheIdsTimeInItsKeysPartition() {
    TraceScan scan = scanner(log(60, 30), 1000).find(ID, T0.plusSeconds(29));

    assertThat(scan)
        .isEqualTo(
            new TraceScan.Found(
                PARTITION,
                30,
                T0.plusSeconds(30),
                Optional.of(Instant.parse("2026-11-25T10:15:30.123Z"))));
  }

  @Test
  void readsNoFurtherThanTheSlackAfterTheIdsTime() {
    TraceScan scan = scanner(log(60, 50), 1000).find(ID, T0.plusSeconds(20));

    // From 10 s before (offset 10) to the first record stamped more than 10 s after (offset 31).
    assertThat(scan).isEqualTo(new TraceScan.Missing(PARTITION, 22));
  }

  @Test
  void readsNoMoreThanMaxRecords() {
    assertThat(scanner(log(60, 50), 5).find(ID, T0.plusSeconds(40)))
        .isEqualTo(new TraceScan.Missing(PARTITION, 5));
  }

  @Test
  void stopsAtTheEndOfThePartition() {
    assertThat(scanner(log(5, -1), 1000).find(ID, T0.plusSeconds(3)))
        .isEqualTo(new TraceScan.Missing(PARTITION, 5));
  }

  @Test
  void anIdLaterThanEveryRecordIsMissingWithoutReading() {
    assertThat(scanner(log(5, -1), 1000).find(ID, T0.plusSeconds(300)))
        .isEqualTo(new TraceScan.Missing(PARTITION, 0));
  }
}

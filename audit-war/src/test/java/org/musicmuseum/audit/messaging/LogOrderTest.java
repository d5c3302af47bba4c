package org.musicmuseum.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.musicmuseum.audit.index.IndexEntry;
import org.musicmuseum.events.EventType;

class LogOrderTest {

  private static final Duration MARGIN = Duration.ofMillis(5);
  private static final int PARTITIONS = 4;

  /** A record of the simulated log: stamped when appended, at most one per partition per ms. */
  private record Appended(int partition, long offset, long timestamp, boolean valid) {
    IndexEntry entry() {
      return IndexEntry.of(
          offset % 2 == 0 ? EventType.NEW_ALBUM : EventType.NEW_SINGLE_SONG, partition, offset);
    }
  }

  private static List<Appended> log(Random random, int records) {
    long[] next = new long[PARTITIONS];
    List<Appended> log = new ArrayList<>();
    long time = 1_000;
    for (int i = 0; i < records; i++) {
      time += random.nextInt(3); // often the same millisecond in several partitions
      int p = random.nextInt(PARTITIONS);
      log.add(new Appended(p, next[p]++, time, random.nextInt(10) != 0));
    }
    return log;
  }

  /**
   * A replica reading the log as it grows: at each step the clock moves on and it reads a random
   * number of the records already appended to a random partition, noting when it reached the end.
   */
  private static List<IndexEntry> replica(List<Appended> log, Random random) {
    LogOrder order = new LogOrder(List.of(0, 1, 2, 3), MARGIN);
    int[] read = new int[PARTITIONS];
    List<List<Appended>> byPartition = new ArrayList<>();
    for (int p = 0; p < PARTITIONS; p++) {
      int partition = p;
      byPartition.add(log.stream().filter(a -> a.partition() == partition).toList());
    }
    List<IndexEntry> released = new ArrayList<>();
    long now = 1_000;
    long end = log.get(log.size() - 1).timestamp();
    while (now <= end + MARGIN.toMillis() + 1) {
      now += random.nextInt(4);
      int p = random.nextInt(PARTITIONS);
      List<Appended> records = byPartition.get(p);
      int available = read[p];
      while (available < records.size() && records.get(available).timestamp() <= now) {
        available++;
      }
      int upTo = read[p] + random.nextInt(available - read[p] + 1);
      for (; read[p] < upTo; read[p]++) {
        Appended a = records.get(read[p]);
        order.add(
            p, a.offset(), a.timestamp(), a.valid() ? Optional.of(a.entry()) : Optional.empty());
      }
      if (read[p] == available) {
        order.readToEnd(p, Instant.ofEpochMilli(now));
      }
      released.addAll(order.release());
    }
    for (int p = 0; p < PARTITIONS; p++) {
      for (Appended a : byPartition.get(p).subList(read[p], byPartition.get(p).size())) {
        order.add(
            p, a.offset(), a.timestamp(), a.valid() ? Optional.of(a.entry()) : Optional.empty());
      }
      order.readToEnd(p, Instant.ofEpochMilli(end + MARGIN.toMillis() + 1));
    }
    released.addAll(order.release());
    assertThat(order.waiting()).isZero();
    return released;
  }

  @Test
  void replicasReadingAtDifferentPacesIndexEveryEventInTheSameOrder() {
    for (int seed = 0; seed < 50; seed++) {
      List<Appended> log = log(new Random(seed), 400);
      List<IndexEntry> expected =
          log.stream()
              .filter(Appended::valid)
              .sorted(
                  Comparator.comparingLong(Appended::timestamp)
                      .thenComparingInt(Appended::partition)
                      .thenComparingLong(Appended::offset))
              .map(Appended::entry)
              .toList();

      assertThat(replica(log, new Random(1000 + seed))).as("seed %d", seed).isEqualTo(expected);
      assertThat(replica(log, new Random(2000 + seed))).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void anEventWaitsForEveryPartitionThatCouldStillHoldAnEarlierOne() {
    LogOrder order = new LogOrder(List.of(0, 1), MARGIN);
    IndexEntry album = IndexEntry.of(EventType.NEW_ALBUM, 1, 0);
    order.add(1, 0, 100, Optional.of(album));
    assertThat(order.release()).as("partition 0 not read yet").isEmpty();

    order.add(0, 0, 100, Optional.empty());
    assertThat(order.release()).as("partition 0 may hold more at 100, which sort first").isEmpty();

    order.add(0, 1, 101, Optional.empty());
    assertThat(order.release()).containsExactly(album);
    assertThat(order.waiting()).isZero();
  }

  @Test
  void aPartitionReadToItsEndHoldsNothingEarlierThanTheMargin() {
    LogOrder order = new LogOrder(List.of(0, 1), MARGIN);
    IndexEntry single = IndexEntry.of(EventType.NEW_SINGLE_SONG, 0, 7);
    order.add(0, 7, 100, Optional.of(single));
    order.readToEnd(1, Instant.ofEpochMilli(104));
    assertThat(order.release()).as("104 - 5 ms is before 100's record").isEmpty();

    order.readToEnd(1, Instant.ofEpochMilli(106));
    assertThat(order.release()).containsExactly(single);
  }
}

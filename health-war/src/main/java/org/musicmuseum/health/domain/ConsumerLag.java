package org.musicmuseum.health.domain;

import java.util.List;
import java.util.Map;

/**
 * Computes a consumer group's lag per partition of a topic: the end offset minus the committed
 * offset. A partition where the group committed nothing counts its whole log (end − start); a
 * committed offset below the log's start (retention removed those records, the consumer will reset
 * to the start) counts from the start, since nothing below it can be consumed any more.
 */
public final class ConsumerLag {

  private final OffsetSource offsets;

  public ConsumerLag(OffsetSource offsets) {
    this.offsets = offsets;
  }

  /** Reads the offsets now; every partition of the topic, in partition order. */
  public List<PartitionLag> read(String group, String topic) {
    List<Integer> partitions = offsets.partitions(topic).stream().sorted().toList();
    Map<Integer, Long> committed = offsets.committed(group, topic);
    Map<Integer, Long> start = offsets.earliest(topic, partitions);
    Map<Integer, Long> end = offsets.latest(topic, partitions);
    return partitions.stream()
        .map(
            p ->
                new PartitionLag(
                    group, topic, p, lag(committed.get(p), start.getOrDefault(p, 0L), end(end, p))))
        .toList();
  }

  /** The lag of one partition from its committed offset (null: none), start and end. */
  static long lag(Long committed, long start, long end) {
    long position = committed == null ? start : Math.max(committed, start);
    return Math.max(0, end - position);
  }

  private static long end(Map<Integer, Long> end, int partition) {
    Long offset = end.get(partition);
    if (offset == null) {
      throw new IllegalStateException("the broker gave no end offset for partition " + partition);
    }
    return offset;
  }
}

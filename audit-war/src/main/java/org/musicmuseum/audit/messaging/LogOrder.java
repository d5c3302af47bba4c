package org.musicmuseum.audit.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.musicmuseum.audit.index.IndexEntry;

/**
 * The one order in which every audit replica indexes the log: by record timestamp (the broker's
 * append time on the music-events topic), then partition, then offset. Records of each partition
 * come in offset order; an event is released for indexing only once no record still to come from
 * another partition can sort before it. That holds when each partition's timestamps do not go back
 * and, for a partition read to its end at local time T, when every later record is stamped after T
 * minus the margin (the clocks of the broker and the replica differ by less than it). Then the
 * released sequence does not depend on how polls split or interleave the partitions, so replicas,
 * and a replica that rebuilds its index, give each event the same index. Not thread-safe.
 */
public final class LogOrder {

  /** A record read, valid or not: its timestamp bounds what its partition can still hold. */
  private record Pending(long timestamp, int partition, long offset, IndexEntry entry) {}

  private final Duration margin;
  private final Map<Integer, Deque<Pending>> pending = new HashMap<>();
  private final Map<Integer, Long> bounds = new HashMap<>();

  /**
   * @param partitions the topic's partitions, each of which can hold records still to come
   * @param margin how far the broker's clock may be behind this replica's
   */
  public LogOrder(List<Integer> partitions, Duration margin) {
    this.margin = margin;
    partitions.forEach(p -> pending.put(p, new ArrayDeque<>()));
  }

  /** A record of {@code partition}, after every earlier one of it; empty entry: not an event. */
  public void add(int partition, long offset, long timestamp, Optional<IndexEntry> entry) {
    bounds.merge(partition, timestamp, Math::max);
    entry.ifPresent(e -> queue(partition).add(new Pending(timestamp, partition, offset, e)));
  }

  /** {@code partition} was read to its end as of {@code at}: what comes later is stamped after. */
  public void readToEnd(int partition, Instant at) {
    bounds.merge(partition, at.minus(margin).toEpochMilli(), Math::max);
  }

  /** The events that can be indexed now, in the order of the log's timestamps. */
  public List<IndexEntry> release() {
    List<IndexEntry> released = new ArrayList<>();
    Optional<Pending> next = earliest();
    while (next.isPresent() && nothingEarlierCanCome(next.get())) {
      released.add(queue(next.get().partition()).poll().entry());
      next = earliest();
    }
    return released;
  }

  /** Events read but not released yet. */
  public int waiting() {
    return pending.values().stream().mapToInt(Deque::size).sum();
  }

  private Optional<Pending> earliest() {
    Pending first = null;
    for (Deque<Pending> queue : pending.values()) {
      Pending head = queue.peek();
      if (head != null && (first == null || before(head, first))) {
        first = head;
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Whether every partition with nothing waiting can only bring records that sort after {@code
   * candidate}: stamped later, or at the same time in a higher partition.
   */
  private boolean nothingEarlierCanCome(Pending candidate) {
    for (Map.Entry<Integer, Deque<Pending>> e : pending.entrySet()) {
      int partition = e.getKey();
      if (partition == candidate.partition() || !e.getValue().isEmpty()) {
        continue;
      }
      Long bound = bounds.get(partition);
      if (bound == null
          || bound < candidate.timestamp()
          || (bound == candidate.timestamp() && partition < candidate.partition())) {
        return false;
      }
    }
    return true;
  }

  private static boolean before(Pending a, Pending b) {
    if (a.timestamp() != b.timestamp()) {
      return a.timestamp() < b.timestamp();
    }
    return a.partition() < b.partition();
  }

  private Deque<Pending> queue(int partition) {
    return pending.computeIfAbsent(partition, p -> new ArrayDeque<>());
  }
}

package org.musicmuseum.kit.kafka;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions a member of a consumer group owns now. Only its {@link RebalanceLog} changes them:
 * the rebalance callbacks run on the poll thread and health checks read on others, so each change
 * publishes a new set that is never changed afterwards. Thread-safe.
 */
public final class OwnedPartitions {

  /** By topic, then by partition number (so partition 10 comes after partition 2). */
  private static final Comparator<TopicPartition> ORDER =
      Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

  private final AtomicReference<SortedSet<TopicPartition>> owned =
      new AtomicReference<>(publish(new TreeSet<>(ORDER)));

  /** The consumer got these partitions, on top of those it owns (a cooperative rebalance). */
  void added(Collection<TopicPartition> partitions) {
    change(set -> set.addAll(partitions));
  }

  /** The consumer gave these partitions back or lost them. */
  void removed(Collection<TopicPartition> partitions) {
    change(set -> set.removeAll(partitions));
  }

  /** Owns nothing: a new consumer, before its first assignment. */
  void clear() {
    change(SortedSet::clear);
  }

  /** The partitions owned now, in order; the set never changes (a later change makes a new one). */
  public SortedSet<TopicPartition> current() {
    return owned.get();
  }

  /** How many partitions are owned now. */
  public int count() {
    return owned.get().size();
  }

  /** The partitions owned now, e.g. {@code music-events-0,music-events-3}; empty when none. */
  public String describe() {
    return owned.get().stream().map(TopicPartition::toString).collect(Collectors.joining(","));
  }

  private void change(Consumer<SortedSet<TopicPartition>> edit) {
    owned.updateAndGet(
        before -> {
          SortedSet<TopicPartition> after = new TreeSet<>(before);
          edit.accept(after);
          return publish(after);
        });
  }

  private static SortedSet<TopicPartition> publish(SortedSet<TopicPartition> set) {
    return Collections.unmodifiableSortedSet(set);
  }
}

package org.musicmuseum.kit.kafka;

import java.util.Set;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a {@link PollLoop} moves a partition whose position is not in the log: one that retention
 * removed ({@code OffsetOutOfRangeException}), or one without a committed offset when {@code
 * auto.offset.reset} is {@code none} ({@code NoOffsetForPartitionException}).
 */
public enum OffsetReset {
  /** The oldest record still in the log: nothing that is left is skipped. */
  EARLIEST,
  /** The end of the log: only what comes next is read. */
  LATEST;

  private static final Logger LOG = Logger.getLogger(OffsetReset.class.getName());

  /** Moves every partition {@code problem} names. */
  public void apply(Consumer<?, ?> consumer, InvalidOffsetException problem) {
    Set<TopicPartition> partitions = problem.partitions();
    LOG.warning(() -> problem.getMessage() + "; moving " + partitions + " to the " + this);
    if (this == EARLIEST) {
      consumer.seekToBeginning(partitions);
    } else {
      consumer.seekToEnd(partitions);
    }
  }
}

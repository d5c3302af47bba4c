package org.musicmuseum.kit.kafka;

import java.util.Collection;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * The rebalance callbacks of a subscribed {@link PollLoop}: they log which partitions come and go
 * and keep the {@link OwnedPartitions} up to date. Both the eager and the cooperative protocol fit:
 * an assignment adds partitions, a revocation or loss takes them away. They commit nothing: work
 * that keeps a batch in flight across polls (storage's writer) wraps them and commits it on a
 * revocation first.
 */
public final class RebalanceLog implements ConsumerRebalanceListener {

  private static final Logger LOG = Logger.getLogger(RebalanceLog.class.getName());

  private final String consumer;
  private final OwnedPartitions owned;

  /**
   * The callbacks of a consumer that is about to subscribe: it owns no partitions until its first
   * assignment, so {@code owned} is emptied of what an earlier consumer had.
   *
   * @param consumer who consumes, for the log
   * @param owned where the partitions the consumer owns are kept
   */
  public RebalanceLog(String consumer, OwnedPartitions owned) {
    this.consumer = consumer;
    this.owned = owned;
    owned.clear();
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    owned.added(partitions);
    LOG.info(() -> consumer + " got partitions " + partitions + "; owns " + owned.current());
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    owned.removed(partitions);
    LOG.info(() -> consumer + " gave back partitions " + partitions + "; owns " + owned.current());
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> partitions) {
    owned.removed(partitions);
    LOG.warning(
        () ->
            consumer
                + " lost partitions "
                + partitions
                + " (its session expired); owns "
                + owned.current());
  }
}

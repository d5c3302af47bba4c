package org.musicmuseum.kit.kafka;

import java.util.Collection;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * The rebalance callbacks of a subscribed {@link PollLoop}: they log which partitions come and go.
 * They commit nothing on purpose: the loop's work commits each batch before the next poll, and the
 * callbacks run inside a poll, so a revoked partition has nothing uncommitted left.
 */
public final class RebalanceLog implements ConsumerRebalanceListener {

  private static final Logger LOG = Logger.getLogger(RebalanceLog.class.getName());

  private final String consumer;

  /**
   * @param consumer who consumes, for the log
   */
  public RebalanceLog(String consumer) {
    this.consumer = consumer;
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    LOG.info(() -> consumer + " got partitions " + partitions);
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    LOG.info(() -> consumer + " gave back partitions " + partitions);
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> partitions) {
    LOG.warning(() -> consumer + " lost partitions " + partitions + " (its session expired)");
  }
}

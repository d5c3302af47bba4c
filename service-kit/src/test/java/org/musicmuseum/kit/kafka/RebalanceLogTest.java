package org.musicmuseum.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The callbacks as Kafka's MockConsumer calls them: the owned partitions follow each rebalance. */
class RebalanceLogTest {

  private static final String TOPIC = "music-events";

  private static TopicPartition p(int partition) {
    return new TopicPartition(TOPIC, partition);
  }

  @Test
  void theOwnedPartitionsFollowEachRebalance() {
    OwnedPartitions owned = new OwnedPartitions();
    try (var consumer = new MockConsumer<String, String>(AutoOffsetResetStrategy.EARLIEST.name())) {
      consumer.subscribe(List.of(TOPIC), new RebalanceLog("test", owned));
      consumer.updateBeginningOffsets(Map.of(p(0), 0L, p(1), 0L, p(2), 0L, p(3), 0L));

      consumer.rebalance(List.of(p(0), p(3)));
      assertThat(owned.describe()).isEqualTo("music-events-0,music-events-3");

      consumer.rebalance(List.of(p(3), p(1)));
      assertThat(owned.current()).containsExactly(p(1), p(3));
      consumer.poll(Duration.ZERO);
      assertThat(owned.count()).isEqualTo(2);
    }
  }

  @Test
  void aNewConsumerStartsOwningNothing() {
    OwnedPartitions owned = new OwnedPartitions();
    new RebalanceLog("first", owned).onPartitionsAssigned(List.of(p(0), p(1)));

    new RebalanceLog("second", owned);

    assertThat(owned.current()).isEmpty();
  }

  @Test
  void lostPartitionsAreNoLongerOwned() {
    OwnedPartitions owned = new OwnedPartitions();
    RebalanceLog log = new RebalanceLog("test", owned);

    log.onPartitionsAssigned(List.of(p(0), p(1), p(2)));
    log.onPartitionsLost(List.of(p(1)));
    log.onPartitionsRevoked(List.of(p(2)));

    assertThat(owned.current()).containsExactly(p(0));
  }
}

package org.musicmuseum.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.TraceIds;

class KeyPartitionsTest {

  @Test
  void aTraceIdGoesWhereTheProducersDefaultPartitionerPutsItsKey() {
    for (int i = 0; i < 1000; i++) {
      String id = TraceIds.random();
      byte[] key = id.getBytes(StandardCharsets.UTF_8);
      for (int partitions : new int[] {1, 2, 3, 12}) {
        assertThat(KeyPartitions.of(id, partitions))
            .isEqualTo(BuiltInPartitioner.partitionForKey(key, partitions));
      }
    }
  }

  @Test
  void aTopicOfOnePartitionHoldsEveryKeyAndOneOfNoneIsRefused() {
    assertThat(KeyPartitions.of("any", 1)).isZero();
    assertThatThrownBy(() -> KeyPartitions.of("x", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}

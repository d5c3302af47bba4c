package org.musicmuseum.health.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerLagTest {

  /** The broker's answers, as maps by partition. */
  private static final class FakeOffsets implements OffsetSource {
    final Map<Integer, Long> committed = new HashMap<>();
    final Map<Integer, Long> start = new HashMap<>();
    final Map<Integer, Long> end = new HashMap<>();
    List<Integer> partitions = List.of(1, 0);
    RuntimeException failure;

    @Override
    public List<Integer> partitions(String topic) {
      if (failure != null) {
        throw failure;
      }
      return partitions;
    }

    @Override
    public Map<Integer, Long> committed(String group, String topic) {
      return committed;
    }

    @Override
    public Map<Integer, Long> earliest(String topic, List<Integer> partitions) {
      return start;
    }

    @Override
    public Map<Integer, Long> latest(String topic, List<Integer> partitions) {
      return end;
    }
  }

  private final FakeOffsets offsets = new FakeOffsets();
  private final ConsumerLag lag = new ConsumerLag(offsets);

  @Test
  void lagIsTheEndOffsetMinusTheCommittedOffsetPerPartitionInPartitionOrder() {
    offsets.committed.putAll(Map.of(0, 40L, 1, 7L));
    offsets.end.putAll(Map.of(0, 45L, 1, 7L));

    assertThat(lag.read("storage", "music-events"))
        .containsExactly(
            new PartitionLag("storage", "music-events", 0, 5),
            new PartitionLag("storage", "music-events", 1, 0));
  }

  @Test
  void aPartitionWithoutACommittedOffsetCountsItsWholeLog() {
    offsets.committed.put(0, 10L);
    offsets.start.putAll(Map.of(0, 0L, 1, 3L));
    offsets.end.putAll(Map.of(0, 10L, 1, 12L));

    assertThat(lag.read("storage", "music-events"))
        .extracting(PartitionLag::lag)
        .containsExactly(0L, 9L);
  }

  @Test
  void aCommittedOffsetBelowTheLogStartCountsFromTheStart() {
    assertThat(ConsumerLag.lag(2L, 50L, 80L)).isEqualTo(30);
  }

  @Test
  void aCommittedOffsetPastTheEndIsNoLagNotANegativeOne() {
    assertThat(ConsumerLag.lag(90L, 0L, 80L)).isZero();
  }

  @Test
  void aGroupThatCommittedNothingOnAnEmptyTopicHasNoLag() {
    offsets.partitions = List.of(0);
    offsets.end.put(0, 0L);

    assertThat(lag.read("storage", "music-events"))
        .containsExactly(new PartitionLag("storage", "music-events", 0, 0));
  }

  @Test
  void aMissingEndOffsetIsAnErrorNotALagOfZero() {
    offsets.end.put(0, 5L);

    assertThatThrownBy(() -> lag.read("storage", "music-events"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("partition 1");
  }

  @Test
  void aBrokerThatCannotAnswerFailsTheRead() {
    offsets.failure = new IllegalStateException("broker down");

    assertThatThrownBy(() -> lag.read("storage", "music-events")).hasMessage("broker down");
  }
}

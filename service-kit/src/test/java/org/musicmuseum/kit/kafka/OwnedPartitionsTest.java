package org.musicmuseum.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SortedSet;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OwnedPartitionsTest {

  private static TopicPartition p(int partition) {
    return new TopicPartition("music-events", partition);
  }

  @Test
  void startsOwningNothing() {
    OwnedPartitions owned = new OwnedPartitions();

    assertThat(owned.current()).isEmpty();
    assertThat(owned.count()).isZero();
    assertThat(owned.describe()).isEmpty();
  }

  @Test
  void addsAndRemovesAndListsInPartitionOrder() {
    OwnedPartitions owned = new OwnedPartitions();

    owned.added(List.of(p(10), p(3)));
    owned.added(List.of(p(2), p(3)));
    owned.removed(List.of(p(3), p(7)));

    assertThat(owned.current()).containsExactly(p(2), p(10));
    assertThat(owned.count()).isEqualTo(2);
    assertThat(owned.describe()).isEqualTo("music-events-2,music-events-10");
  }

  @Test
  void sortsByTopicFirst() {
    OwnedPartitions owned = new OwnedPartitions();

    owned.added(List.of(new TopicPartition("b", 0), new TopicPartition("a", 1)));

    assertThat(owned.describe()).isEqualTo("a-1,b-0");
  }

  @Test
  void clearForgetsEverything() {
    OwnedPartitions owned = new OwnedPartitions();
    owned.added(List.of(p(0), p(1)));

    owned.clear();

    assertThat(owned.current()).isEmpty();
  }

  @Test
  void whatWasReadStaysAsItWasAndCannotBeChanged() {
    OwnedPartitions owned = new OwnedPartitions();
    owned.added(List.of(p(0)));
    SortedSet<TopicPartition> before = owned.current();

    owned.added(List.of(p(1)));
    owned.removed(List.of(p(0)));

    assertThat(before).containsExactly(p(0));
    assertThat(owned.current()).containsExactly(p(1));
    assertThatThrownBy(() -> before.add(p(5))).isInstanceOf(UnsupportedOperationException.class);
  }
}

package org.musicmuseum.stack.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;

class PartitionCountTest {

  private static Map<String, String> given(String value) {
    return Map.of(Topics.PARTITIONS_VARIABLE, value);
  }

  @Test
  void withoutTheVariableTheTopicGetsTheDefault() {
    assertThat(PartitionCount.fromEnv(Map.of())).isEqualTo(Topics.DEFAULT_PARTITIONS);
    assertThat(PartitionCount.fromEnv(given("  "))).isEqualTo(Topics.DEFAULT_PARTITIONS);
  }

  @Test
  void theVariableSetsTheCountFromOneToTheMaximum() {
    assertThat(PartitionCount.fromEnv(given("1"))).isEqualTo(1);
    assertThat(PartitionCount.fromEnv(given(" 12 "))).isEqualTo(12);
    assertThat(PartitionCount.fromEnv(given(Integer.toString(PartitionCount.MAX))))
        .isEqualTo(PartitionCount.MAX);
  }

  @Test
  void anythingElseFailsNamingTheVariable() {
    for (String bad : new String[] {"six", "2.5", "0", "-3", "1001", "99999999999"}) {
      assertThatThrownBy(() -> PartitionCount.fromEnv(given(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(Topics.PARTITIONS_VARIABLE + " must be a whole number from 1 to")
          .hasMessageContaining(bad);
    }
  }

  @Test
  void aCountFromCodeIsCheckedTheSameWay() {
    assertThat(PartitionCount.check(3, "partitions")).isEqualTo(3);
    assertThatThrownBy(() -> PartitionCount.check(0, "partitions"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("partitions must be a whole number from 1 to 1000");
  }

  @Test
  void theWarningSaysBothCountsAndHowKafkaCanGrowATopic() {
    assertThat(PartitionCount.mismatch("music-events", 2, 6))
        .contains("music-events exists with 2 partitions, not the 6 asked for")
        .contains(Topics.PARTITIONS_VARIABLE)
        .contains("Kafka can only grow")
        .contains("kafka-topics.sh --bootstrap-server <broker> --alter --topic music-events")
        .contains("--partitions 6");
    assertThat(PartitionCount.mismatch("music-events", 6, 2))
        .contains("exists with 6 partitions, not the 2 asked for")
        .contains("Kafka can only grow")
        .doesNotContain("--alter");
  }
}

package org.musicmuseum.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.kit.config.MapConfig;

class KafkaTargetTest {

  @Test
  void theTopicDefaultsToTheOneTheStackCreates() {
    KafkaTarget target =
        KafkaTarget.from(new MapConfig(Map.of(KafkaTarget.BOOTSTRAP_SERVERS, "broker:9092")));

    assertThat(target).isEqualTo(new KafkaTarget("broker:9092", Topics.MUSIC_EVENTS));
  }

  @Test
  void aConfiguredTopicWins() {
    KafkaTarget target =
        KafkaTarget.from(
            new MapConfig(
                Map.of(KafkaTarget.BOOTSTRAP_SERVERS, "a:1,b:2", KafkaTarget.TOPIC, "museum-x")));

    assertThat(target.bootstrapServers()).isEqualTo("a:1,b:2");
    assertThat(target.topic()).isEqualTo("museum-x");
  }

  @Test
  void missingBrokersAreNamed() {
    assertThatThrownBy(() -> KafkaTarget.from(new MapConfig(Map.of())))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining(KafkaTarget.BOOTSTRAP_SERVERS);
  }

  @Test
  void storagesGroupDefaultsToTheSharedConstant() {
    assertThat(KafkaTarget.storageGroup(new MapConfig(Map.of()))).isEqualTo(Topics.STORAGE_GROUP);
  }

  @Test
  void aConfiguredStorageGroupWins() {
    assertThat(
            KafkaTarget.storageGroup(new MapConfig(Map.of(KafkaTarget.STORAGE_GROUP, "storage-b"))))
        .isEqualTo("storage-b");
  }
}

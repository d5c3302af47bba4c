package org.musicmuseum.health.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.musicmuseum.kit.kafka.KafkaTarget;

class LagConfigTest {

  private final KafkaTarget kafka = new KafkaTarget("localhost:9092", "music-events");

  @Test
  void aZeroIntervalIsRefusedWithItsKey() {
    assertThatThrownBy(() -> new LagConfig(kafka, "storage", Duration.ZERO))
        .hasMessageContaining("health.lag.interval-ms");
  }
}

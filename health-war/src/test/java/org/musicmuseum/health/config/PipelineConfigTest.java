package org.musicmuseum.health.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PipelineConfigTest {

  @Test
  void aZeroIntervalOrWindowIsRefusedWithItsKey() {
    assertThatThrownBy(() -> new PipelineConfig(Duration.ZERO, Duration.ofSeconds(10)))
        .hasMessageContaining("health.pipeline.interval-ms");
    assertThatThrownBy(() -> new PipelineConfig(Duration.ofSeconds(2), Duration.ZERO))
        .hasMessageContaining("health.pipeline.window-seconds");
  }
}

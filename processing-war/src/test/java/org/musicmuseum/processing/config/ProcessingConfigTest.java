package org.musicmuseum.processing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessingConfigTest {

  private static ProcessingConfig withInterval(long millis) {
    ProcessingConfig config = new ProcessingConfig();
    config.intervalMillis = millis;
    return config;
  }

  @Test
  void readinessAllowsThreeIntervalsButNeverLessThanTenSeconds() {
    assertThat(withInterval(250).maxSuccessAge()).isEqualTo(Duration.ofSeconds(10));
    assertThat(withInterval(5000).maxSuccessAge()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void theIntervalIsAtLeastTenMilliseconds() {
    assertThat(withInterval(1).interval()).isEqualTo(Duration.ofMillis(10));
    assertThat(withInterval(250).interval()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void afterARunThatCountedTheNextFollowsAfterATenthOfTheInterval() {
    assertThat(withInterval(250).busyInterval()).isEqualTo(Duration.ofMillis(25));
    assertThat(withInterval(500).busyInterval()).isEqualTo(Duration.ofMillis(50));
    assertThat(withInterval(50).busyInterval()).isEqualTo(Duration.ofMillis(10));
  }
}

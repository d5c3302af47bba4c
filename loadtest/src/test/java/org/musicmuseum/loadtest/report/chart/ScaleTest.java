package org.musicmuseum.loadtest.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void theScaleEndsOnTheFirstRoundTickAtOrAboveTheTop() {
    Scale scale = Scale.of(0, 1130, 10, 100, 700);

    assertThat(scale.step()).isEqualTo(200);
    assertThat(scale.max()).isEqualTo(1200);
    assertThat(scale.ticks()).containsExactly(0.0, 200.0, 400.0, 600.0, 800.0, 1000.0, 1200.0);
    assertThat(scale.at(600)).isEqualTo(400);
    assertThat(scale.label(1000)).isEqualTo("1,000");
  }

  @Test
  void aYScaleRunsUpwardsAndSmallStepsGetDecimals() {
    Scale scale = Scale.of(0, 2.2, 5, 300, 100);

    assertThat(scale.step()).isEqualTo(0.5);
    assertThat(scale.max()).isEqualTo(2.5);
    assertThat(scale.at(0)).isEqualTo(300);
    assertThat(scale.at(2.5)).isEqualTo(100);
    assertThat(scale.label(1.5)).isEqualTo("1.5");
  }

  @Test
  void anEmptyRangeStillMakesAScale() {
    Scale scale = Scale.of(0, 0, 5, 0, 100);

    assertThat(scale.max()).isGreaterThan(0);
    assertThat(scale.at(scale.max())).isEqualTo(100);
  }
}

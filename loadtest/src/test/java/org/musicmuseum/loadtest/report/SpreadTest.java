package org.musicmuseum.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void anOddCountHasItsMiddleValueAsMedian() {
    assertThat(Spread.of(List.of(0.9, 0.7, 0.8))).isEqualTo(new Spread(0.8, 0.7, 0.9, 3));
    assertThat(Spread.of(List.of(5.0))).isEqualTo(new Spread(5.0, 5.0, 5.0, 1));
  }

  @Test
  void anEvenCountHasTheMeanOfItsMiddleTwo() {
    assertThat(Spread.of(List.of(400.0, 100.0, 300.0, 200.0)))
        .isEqualTo(new Spread(250.0, 100.0, 400.0, 4));
    assertThat(Spread.of(List.of(0.5, 1.0)).median()).isEqualTo(0.75);
  }

  @Test
  void runsWithoutANumberAreLeftOut() {
    assertThat(Spread.of(List.of(Double.NaN, 3.0, 1.0))).isEqualTo(new Spread(2.0, 1.0, 3.0, 2));
    Spread none = Spread.of(List.of(Double.NaN));
    assertThat(none.count()).isZero();
    assertThat(none.median()).isNaN();
  }
}

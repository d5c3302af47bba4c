package org.musicmuseum.loadtest.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

  @Test
  void aConstantRateMakesRateTimesDuration() {
    ArrivalSchedule s = ArrivalSchedule.parse("rate(10/s) random_arrivals(1 min)");

    assertThat(s.arrivals()).isCloseTo(600, within(1e-9));
    assertThat(s.seconds()).isCloseTo(60, within(1e-9));
  }

  @Test
  void aRampBetweenTwoRatesIsLinear() {
    ArrivalSchedule s =
        ArrivalSchedule.parse("rate(0/s) even_arrivals(30 s) rate(500/s) random_arrivals(200 s)");

    assertThat(s.arrivals()).isCloseTo(7_500 + 100_000, within(1e-9));
  }

  @Test
  void ratesPerMinuteAndPausesCount() {
    ArrivalSchedule s =
        ArrivalSchedule.parse(
            "rate(60/min) random_arrivals(10 s) /* idle */ pause(2 min) rate(120/min) // end");

    assertThat(s.arrivals()).isCloseTo(10, within(1e-9));
    assertThat(s.seconds()).isCloseTo(130, within(1e-9));
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> ArrivalSchedule.parse("rate(5/s) ramp(10 s)"))
        .hasMessageContaining("ramp");
    assertThatThrownBy(() -> ArrivalSchedule.parse("rate(5/s) random_arrivals(10 parsecs)"))
        .hasMessageContaining("parsecs");
    assertThatThrownBy(() -> ArrivalSchedule.parse("rate(5/s) random_arrivals(10 s) ???"))
        .hasMessageContaining("???");
  }
}

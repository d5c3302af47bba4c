package org.musicmuseum.health.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateWindowTest {

  private static final Instant T0 = Instant.parse("2026-12-05T22:00:00Z");

  private final RateWindow rate = new RateWindow(Duration.ofSeconds(10));

  private void add(int second, long total) {
    rate.add(T0.plusSeconds(second), total);
  }

  @Test
  void thereIsNoRateBeforeTwoReads() {
    assertThat(rate.perSecond()).isEmpty();
    add(0, 100);
    assertThat(rate.perSecond()).isEmpty();
  }

  @Test
  void theRateIsTheIncreaseOverTheTimeBetweenTheReads() {
    add(0, 100);
    add(2, 110);
    add(4, 130);

    assertThat(rate.perSecond()).hasValue(7.5);
  }

  @Test
  void readsOlderThanTheWindowNoLongerCount() {
    add(0, 0);
    add(10, 1000);
    add(12, 1020);
    add(20, 1100);

    // From the read at 10 s (one window before 20 s) on: 100 events in 10 s.
    assertThat(rate.perSecond()).hasValue(10.0);
  }

  @Test
  void aCounterThatGoesDownWasResetAndStartsAgain() {
    add(0, 500);
    add(2, 600);
    add(4, 3);
    assertThat(rate.perSecond()).isEmpty();
    add(6, 13);
    assertThat(rate.perSecond()).hasValue(5.0);
  }

  @Test
  void aWindowMustBePositive() {
    assertThatThrownBy(() -> new RateWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

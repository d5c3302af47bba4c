package org.musicmuseum.kit.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  /** The highest draw: every wait is its ceiling. */
  private static final java.util.function.LongUnaryOperator TOP = bound -> bound - 1;

  @Test
  void doublesUpToTheMaximumAndResets() {
    Backoff backoff = new Backoff(Duration.ofMillis(500), TOP);
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(400));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    backoff.reset();
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void theLowestDrawWaitsHalfTheCeiling() {
    Backoff backoff = new Backoff(Duration.ofMillis(500), bound -> 0);
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(50));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void everyWaitLiesBetweenHalfItsCeilingAndItsCeiling() {
    Backoff backoff = new Backoff(Duration.ofSeconds(5), new SplittableRandom(42)::nextLong);
    long ceiling = 100;
    for (int i = 0; i < 20; i++) {
      assertThat(backoff.next().toMillis()).isBetween(ceiling / 2, ceiling);
      ceiling = Math.min(ceiling * 2, 5000);
    }
  }

  @Test
  void replicasWithTheirOwnRandomDoNotRetryInLockstep() {
    assertThat(waits(new SplittableRandom(1))).isNotEqualTo(waits(new SplittableRandom(2)));
  }

  @Test
  void theSameSeedGivesTheSameWaits() {
    assertThat(waits(new SplittableRandom(7))).isEqualTo(waits(new SplittableRandom(7)));
  }

  private static List<Duration> waits(SplittableRandom random) {
    Backoff backoff = new Backoff(Duration.ofSeconds(30), random::nextLong);
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      waits.add(backoff.next());
    }
    return waits;
  }
}

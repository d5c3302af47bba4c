package org.musicmuseum.processing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.processing.domain.SingleRow;

class RunTallyTest {

  private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

  private static SingleRow row(long id, Instant created) {
    return new SingleRow(id, "Artist", 180.0, created);
  }

  @Test
  void countsWhatWasAppliedAndKeepsTheNewestEventTimeAfterTheCursor() {
    RunTally tally = new RunTally();
    tally.counted(2, List.of(row(5, T0.plusSeconds(50)), row(6, T0), row(7, T0.plusSeconds(9))), 5);
    tally.counted(1, List.of(row(8, T0.plusSeconds(3))), 7);

    assertThat(tally.count()).isEqualTo(3);
    assertThat(tally.newest()).hasValue(T0.plusSeconds(9));
  }

  @Test
  void aRunThatCountedNothingHasNoNewest() {
    RunTally tally = new RunTally();
    tally.counted(0, List.of(), 0);

    assertThat(tally.count()).isZero();
    assertThat(tally.newest()).isEmpty();
  }
}

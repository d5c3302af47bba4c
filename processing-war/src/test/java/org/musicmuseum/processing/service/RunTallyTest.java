package org.musicmuseum.processing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Positions;
import org.musicmuseum.processing.domain.SingleRow;

class RunTallyTest {

  private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

  private static SingleRow row(long offset, Instant created) {
    return new SingleRow(0, offset, "Artist", 180.0, created);
  }

  private static Positions after(long offset) {
    return Positions.start().after(0, offset);
  }

  @Test
  void countsWhatWasAppliedAndKeepsTheNewestEventTimeAfterTheCursor() {
    RunTally tally = new RunTally();
    tally.counted(
        2, List.of(row(5, T0.plusSeconds(50)), row(6, T0), row(7, T0.plusSeconds(9))), after(5));
    tally.counted(1, List.of(row(8, T0.plusSeconds(3))), after(7));

    assertThat(tally.count()).isEqualTo(3);
    assertThat(tally.newest()).hasValue(T0.plusSeconds(9));
  }

  @Test
  void aRunThatCountedNothingHasNoNewest() {
    RunTally tally = new RunTally();
    tally.counted(0, List.of(), Positions.start());

    assertThat(tally.count()).isZero();
    assertThat(tally.newest()).isEmpty();
  }
}

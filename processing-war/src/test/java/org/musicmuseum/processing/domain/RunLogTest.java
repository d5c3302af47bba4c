package org.musicmuseum.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventType;

class RunLogTest {

  private static final Instant T1 = Instant.parse("2026-12-05T16:00:01Z");
  private static final Instant T2 = Instant.parse("2026-12-05T16:00:02Z");
  private static final Instant T3 = Instant.parse("2026-12-05T16:00:03Z");

  @Test
  void aRunThatCountedNothingIsNotKept() {
    RunLog log = RunLog.of(List.of(), 10);
    assertThat(log.close(5, 7, 5, 7, T1)).isSameAs(log);
  }

  @Test
  void eachRowIsAnsweredWithTheRunThatCountedIt() {
    RunLog log =
        RunLog.of(List.of(), 10)
            .close(0, 0, 4, 0, T1) // albums 1..4
            .close(4, 0, 4, 3, T2) // singles 1..3 only
            .close(4, 3, 9, 5, T3); // albums 5..9, singles 4..5

    assertThat(log.runs()).extracting(CountingRun::run).containsExactly(1L, 2L, 3L);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 1)).map(CountingRun::at).contains(T1);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 4)).map(CountingRun::run).contains(1L);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 5)).map(CountingRun::run).contains(3L);
    assertThat(log.runThatCounted(EventType.NEW_SINGLE_SONG, 3)).map(CountingRun::run).contains(2L);
    assertThat(log.runThatCounted(EventType.NEW_SINGLE_SONG, 4)).map(CountingRun::run).contains(3L);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 10)).isEmpty();
  }

  @Test
  void theLogKeepsItsNewestRunsAndNumbersOn() {
    RunLog log = RunLog.of(List.of(), 2);
    for (int i = 0; i < 5; i++) {
      log = log.close(i, 0, i + 1, 0, T1);
    }
    assertThat(log.runs()).extracting(CountingRun::run).containsExactly(4L, 5L);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 2)).isEmpty();
    assertThat(RunLog.of(log.runs(), 2).close(5, 0, 6, 0, T2).runs())
        .extracting(CountingRun::run)
        .containsExactly(5L, 6L);
  }

  @Test
  void theLedgerTellsCountedFromNotYetCountedAndFromCountedBeforeTheKeptRuns() {
    RunLog log = RunLog.of(List.of(new CountingRun(8, T2, 10, 20, 0, 0)), 5);
    RunLedger ledger = new RunLedger(log, 20, 0);

    assertThat(ledger.counting(EventType.NEW_ALBUM, 15))
        .isEqualTo(new Counting("new_album", 15, true, 20, log.runs().get(0), 8L));
    assertThat(ledger.counting(EventType.NEW_ALBUM, 3))
        .isEqualTo(new Counting("new_album", 3, true, 20, null, 8L));
    assertThat(ledger.counting(EventType.NEW_ALBUM, 21))
        .isEqualTo(new Counting("new_album", 21, false, 20, null, 8L));
    assertThat(ledger.counting(EventType.NEW_SINGLE_SONG, 1).counted()).isFalse();
  }

  @Test
  void anAccumulatorLogsTheRowsEachRunCounted() {
    StatsAccumulator stats = StatsAccumulator.restore(ProcessingState.empty(), 10, 10, T1);
    stats.applyAlbums(List.of(new AlbumRow(1, "A", 3, T1), new AlbumRow(2, "B", 3, T1)), T1);
    stats.closeRun(T2);
    stats.closeRun(T3);

    assertThat(stats.ledger().counting(EventType.NEW_ALBUM, 2).run())
        .isEqualTo(new CountingRun(1, T2, 0, 2, 0, 0));
    assertThat(stats.toState(T3).runs()).containsExactly(new CountingRun(1, T2, 0, 2, 0, 0));
  }
}

package org.musicmuseum.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.Positions;

class RunLogTest {

  private static final Instant T1 = Instant.parse("2026-12-05T16:00:01Z");
  private static final Instant T2 = Instant.parse("2026-12-05T16:00:02Z");
  private static final Instant T3 = Instant.parse("2026-12-05T16:00:03Z");

  private static final Positions START = Positions.start();

  private static Positions at(String text) {
    return Positions.parse(text).orElseThrow();
  }

  @Test
  void aRunThatCountedNothingIsNotKept() {
    RunLog log = RunLog.of(List.of(), 10);
    assertThat(log.close(at("0:5"), at("1:7"), at("0:5"), at("1:7"), T1)).isSameAs(log);
  }

  @Test
  void eachRowIsAnsweredWithTheRunThatCountedIt() {
    RunLog log =
        RunLog.of(List.of(), 10)
            .close(START, START, at("0:4"), START, T1) // albums 0:0..4
            .close(at("0:4"), START, at("0:4"), at("1:3"), T2) // singles 1:0..3 only
            .close(at("0:4"), at("1:3"), at("0:9,2:1"), at("1:5"), T3);

    assertThat(log.runs()).extracting(CountingRun::run).containsExactly(1L, 2L, 3L);
    assertThat(log.runs().get(2))
        .as("only the partitions that moved")
        .isEqualTo(new CountingRun(3, T3, "0:4", "0:9,2:1", "1:3", "1:5"));
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 0, 0)).map(CountingRun::at).contains(T1);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 0, 4)).map(CountingRun::run).contains(1L);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 0, 5)).map(CountingRun::run).contains(3L);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 2, 0)).map(CountingRun::run).contains(3L);
    assertThat(log.runThatCounted(EventType.NEW_SINGLE_SONG, 1, 3))
        .map(CountingRun::run)
        .contains(2L);
    assertThat(log.runThatCounted(EventType.NEW_SINGLE_SONG, 1, 4))
        .map(CountingRun::run)
        .contains(3L);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 0, 10)).isEmpty();
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 1, 0)).isEmpty();
  }

  @Test
  void theLogKeepsItsNewestRunsAndNumbersOn() {
    RunLog log = RunLog.of(List.of(), 2);
    Positions cursor = START;
    for (int i = 0; i < 5; i++) {
      Positions next = cursor.after(0, i);
      log = log.close(cursor, START, next, START, T1);
      cursor = next;
    }
    assertThat(log.runs()).extracting(CountingRun::run).containsExactly(4L, 5L);
    assertThat(log.runThatCounted(EventType.NEW_ALBUM, 0, 1)).isEmpty();
    assertThat(RunLog.of(log.runs(), 2).close(cursor, START, cursor.after(0, 5), START, T2).runs())
        .extracting(CountingRun::run)
        .containsExactly(5L, 6L);
  }

  @Test
  void theLedgerTellsCountedFromNotYetCountedAndFromCountedBeforeTheKeptRuns() {
    RunLog log = RunLog.of(List.of(new CountingRun(8, T2, "0:10", "0:20", "", "")), 5);
    RunLedger ledger = new RunLedger(log, at("0:20"), START);

    assertThat(ledger.counting(EventType.NEW_ALBUM, 0, 15))
        .isEqualTo(new Counting("new_album", 0, 15, true, 20L, log.runs().get(0), 8L));
    assertThat(ledger.counting(EventType.NEW_ALBUM, 0, 3))
        .isEqualTo(new Counting("new_album", 0, 3, true, 20L, null, 8L));
    assertThat(ledger.counting(EventType.NEW_ALBUM, 0, 21))
        .isEqualTo(new Counting("new_album", 0, 21, false, 20L, null, 8L));
    assertThat(ledger.counting(EventType.NEW_ALBUM, 1, 3))
        .isEqualTo(new Counting("new_album", 1, 3, false, null, null, 8L));
    assertThat(ledger.counting(EventType.NEW_SINGLE_SONG, 0, 1).counted()).isFalse();
  }

  @Test
  void anAccumulatorLogsTheRowsEachRunCounted() {
    StatsAccumulator stats = StatsAccumulator.restore(ProcessingState.empty(), 10, 10, T1);
    stats.applyAlbums(List.of(new AlbumRow(1, 0, "A", 3, T1), new AlbumRow(1, 1, "B", 3, T1)), T1);
    stats.closeRun(T2);
    stats.closeRun(T3);

    assertThat(stats.ledger().counting(EventType.NEW_ALBUM, 1, 1).run())
        .isEqualTo(new CountingRun(1, T2, "", "1:1", "", ""));
    assertThat(stats.toState(T3).runs()).containsExactly(new CountingRun(1, T2, "", "1:1", "", ""));
  }

  @Test
  void aDamagedRunIsRefused() {
    assertThatThrownBy(() -> new CountingRun(1, T1, "0:", "0:1", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CountingRun(1, T1, null, "0:1", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

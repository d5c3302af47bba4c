package org.musicmuseum.processing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.processing.domain.ProcessingState;
import org.musicmuseum.processing.domain.StatsAccumulator;
import org.musicmuseum.processing.persistence.StateStore;
import org.musicmuseum.testkit.MutableClock;

/** The state file is written at most once per save interval, and on stopping. */
class StatsRunSavingTest {

  private static final Instant START = Instant.parse("2026-12-07T17:00:00Z");
  private static final Duration SAVE_EVERY = Duration.ofSeconds(1);

  private final MutableClock clock = new MutableClock(START);
  private final FakeStorage storage = new FakeStorage();
  private final List<ProcessingState> saved = new ArrayList<>();
  private StateStore store = saved::add;

  private StatsRun run() {
    return new StatsRun(
        storage,
        state -> store.save(state),
        StatsAccumulator.restore(ProcessingState.empty(), 100, 100, START),
        new RunStatus(),
        clock,
        10,
        50,
        SAVE_EVERY,
        (took, events, newest) -> {});
  }

  /** A run that counted three albums and saved them. */
  private StatsRun afterThreeAlbums() {
    StatsRun run = run();
    storage.addAlbums(3, "Miles", 5, START);
    run.run();
    return run;
  }

  @Test
  void countsArePublishedAtEveryRunButSavedAtMostOncePerInterval() {
    StatsRun run = afterThreeAlbums();
    storage.addAlbums(2, "Miles", 5, START);
    clock.advance(Duration.ofMillis(400));
    run.run();

    assertThat(run.snapshot().numAlbumEvents()).isEqualTo(5);
    assertThat(saved).extracting(ProcessingState::numAlbumEvents).containsExactly(3L);

    clock.advance(Duration.ofMillis(600));
    run.run();

    assertThat(saved).extracting(ProcessingState::numAlbumEvents).containsExactly(3L, 5L);
    assertThat(saved.get(1).albumCursor()).isEqualTo(FakeStorage.cursorAfter(storage.albums, 5));
  }

  @Test
  void stoppingSavesWhatWasCountedSinceTheLastSave() throws InterruptedException {
    StatsRun run = afterThreeAlbums();
    storage.addSingles(4, "Abba", 10.0, START);
    run.run();

    assertThat(run.stop(Duration.ofSeconds(1))).isTrue();

    assertThat(saved).hasSize(2);
    assertThat(saved.get(1).numSingleEvents()).isEqualTo(4);
    assertThat(saved.get(1).singleCursor()).isEqualTo(FakeStorage.cursorAfter(storage.singles, 4));
  }

  @Test
  void stoppingWithNothingNewWritesNothing() throws InterruptedException {
    StatsRun run = afterThreeAlbums();

    assertThat(run.stop(Duration.ofSeconds(1))).isTrue();

    assertThat(saved).hasSize(1);
  }

  @Test
  void aFailedSaveIsRetriedAtTheNextRunNotAfterTheInterval() {
    StatsRun run = run();
    storage.addAlbums(3, "Miles", 5, START);
    store =
        state -> {
          throw new IOException("disk full");
        };
    run.run();
    store = saved::add;
    run.run();

    assertThat(saved).extracting(ProcessingState::numAlbumEvents).containsExactly(3L);
  }
}

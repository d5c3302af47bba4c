package org.musicmuseum.processing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Positions;
import org.musicmuseum.processing.client.PendingPage;
import org.musicmuseum.processing.client.StorageClient;
import org.musicmuseum.processing.domain.AlbumRow;
import org.musicmuseum.processing.domain.ArtistCount;
import org.musicmuseum.processing.domain.ProcessingState;
import org.musicmuseum.processing.domain.SingleRow;
import org.musicmuseum.processing.domain.StatsAccumulator;
import org.musicmuseum.processing.domain.StatsSnapshot;
import org.musicmuseum.processing.domain.StoredRow;
import org.musicmuseum.processing.persistence.StateStore;

class StatsRunTest {

  private static final Instant NOW = Instant.parse("2026-11-26T14:08:39Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final FakeStorage storage = new FakeStorage();
  private final List<ProcessingState> saved = new ArrayList<>();
  private final RunStatus status = new RunStatus();
  private StateStore store = saved::add;

  /** What the observer was told about a run. */
  private record Run(int events, Optional<Instant> newest) {}

  private final List<Run> runs = new ArrayList<>();

  private StatsRun run(ProcessingState from, int pageLimit, int maxPages) {
    return run(storage, from, pageLimit, maxPages);
  }

  private StatsRun run(StorageClient client, ProcessingState from, int pageLimit, int maxPages) {
    return new StatsRun(
        client,
        store,
        StatsAccumulator.restore(from, 100, 100, NOW),
        status,
        CLOCK,
        pageLimit,
        maxPages,
        Duration.ZERO,
        (took, events, newest) -> runs.add(new Run(events, newest)));
  }

  private static ProcessingState last(List<ProcessingState> states) {
    return states.get(states.size() - 1);
  }

  @Test
  void followsTheCursorOverEveryPageAndSavesOnce() {
    storage.addAlbums(25, "Miles", 5, NOW);
    storage.addSingles(7, "Abba", 200.5, NOW);
    StatsRun run = run(ProcessingState.empty(), 10, 50);

    run.run();

    StatsSnapshot stats = run.snapshot();
    assertThat(stats.numAlbumEvents()).isEqualTo(25);
    assertThat(stats.numSingleEvents()).isEqualTo(7);
    assertThat(stats.maxSingleSongDuration()).isEqualTo(200.5);
    assertThat(stats.lastUpdated()).contains(NOW);
    assertThat(stats.topArtists())
        .containsExactly(new ArtistCount("Miles", 25), new ArtistCount("Abba", 7));
    assertThat(storage.calls.get()).isEqualTo(3 + 1);
    assertThat(saved).hasSize(1);
    assertThat(saved.get(0).albumCursor())
        .isEqualTo(FakeStorage.cursorAfter(storage.albums, 25))
        .isNotEmpty();
    assertThat(saved.get(0).singleCursor()).isEqualTo(FakeStorage.cursorAfter(storage.singles, 7));
    assertThat(status.isReady(NOW, Duration.ofSeconds(15))).isTrue();
  }

  @Test
  void theCountsArePublishedBeforeTheStateFileIsWritten() {
    storage.addAlbums(4, "Miles", 5, NOW);
    List<Long> publishedAtSave = new ArrayList<>();
    StatsRun[] running = new StatsRun[1];
    store = state -> publishedAtSave.add(running[0].snapshot().numAlbumEvents());
    running[0] = run(ProcessingState.empty(), 10, 50);

    running[0].run();

    assertThat(publishedAtSave).containsExactly(4L);
  }

  @Test
  void boundsThePagesOfARunAndContinuesInTheNext() {
    storage.addAlbums(35, "Miles", 5, NOW);
    StatsRun run = run(ProcessingState.empty(), 10, 2);

    run.run();
    assertThat(run.snapshot().numAlbumEvents()).isEqualTo(20);
    run.run();
    run.run();

    assertThat(run.snapshot().numAlbumEvents()).isEqualTo(35);
    assertThat(last(saved).albumCursor()).isEqualTo(FakeStorage.cursorAfter(storage.albums, 35));
  }

  @Test
  void aRunWithNothingNewDoesNotRewriteTheFile() {
    storage.addAlbums(3, "Miles", 5, NOW);
    StatsRun run = run(ProcessingState.empty(), 10, 50);
    run.run();
    run.run();
    run.run();

    assertThat(saved).hasSize(1);
    assertThat(status.lastSuccess()).contains(NOW);
  }

  @Test
  void theObserverHearsHowManyEventsEachRunCountedAndTheNewestEventTime() {
    storage.addAlbums(3, "Miles", 5, NOW.minusSeconds(30));
    storage.addSingles(2, "Abba", 10.0, NOW.minusSeconds(10));
    storage.addAlbums(1, "Miles", 5, NOW.minusSeconds(20));
    StatsRun run = run(ProcessingState.empty(), 2, 50);

    run.run();
    run.run();

    assertThat(runs)
        .containsExactly(
            new Run(6, Optional.of(NOW.minusSeconds(10))), new Run(0, Optional.empty()));
  }

  @Test
  void aRestartFromTheSavedStateCountsEveryRowExactlyOnce() {
    storage.addAlbums(12, "Miles", 5, NOW);
    storage.addSingles(4, "Abba", 10.0, NOW);
    run(ProcessingState.empty(), 5, 50).run();

    storage.addAlbums(6, "Coltrane", 9, NOW);
    storage.addSingles(2, "Abba", 99.0, NOW);
    StatsRun restarted = run(last(saved), 5, 50);
    restarted.run();

    StatsSnapshot stats = restarted.snapshot();
    assertThat(stats.numAlbumEvents()).isEqualTo(storage.albums.size());
    assertThat(stats.numSingleEvents()).isEqualTo(storage.singles.size());
    assertThat(stats.maxAlbumTrackCount()).isEqualTo(9);
    assertThat(stats.maxSingleSongDuration()).isEqualTo(99.0);
    assertThat(stats.topArtists().get(0)).isEqualTo(new ArtistCount("Miles", 12));
  }

  @Test
  void asksForTheAlbumsAndTheSinglesAtOnceThenCountsThemInTurn() {
    storage.addAlbums(3, "Miles", 5, NOW);
    storage.addSingles(2, "Abba", 200.5, NOW);
    List<String> steps = new ArrayList<>();
    StorageClient recording =
        new StorageClient() {
          @Override
          public PendingPage<AlbumRow> albums(Positions after, int limit) {
            return recorded("albums", storage.albums(after, limit));
          }

          @Override
          public PendingPage<SingleRow> singles(Positions after, int limit) {
            return recorded("singles", storage.singles(after, limit));
          }

          private <T extends StoredRow> PendingPage<T> recorded(String what, PendingPage<T> page) {
            steps.add("ask " + what);
            return () -> {
              steps.add("await " + what);
              return page.await();
            };
          }
        };
    StatsRun run = run(recording, ProcessingState.empty(), 10, 50);

    run.run();

    assertThat(steps).containsExactly("ask albums", "ask singles", "await albums", "await singles");
    assertThat(run.snapshot().numAlbumEvents()).isEqualTo(3);
    assertThat(run.snapshot().numSingleEvents()).isEqualTo(2);
  }

  @Test
  void whatWasCountedBeforeAFailureIsSavedWithItsCursorAndTheRunFails() {
    storage.addAlbums(30, "Miles", 5, NOW);
    // Calls 0-2 are the first page of albums, the first of singles, the second of albums.
    storage.failAfterCalls = 3;
    StatsRun run = run(ProcessingState.empty(), 10, 50);

    run.run();

    assertThat(saved).hasSize(1);
    assertThat(saved.get(0).albumCursor()).isEqualTo(FakeStorage.cursorAfter(storage.albums, 20));
    assertThat(saved.get(0).numAlbumEvents()).isEqualTo(20);
    assertThat(saved.get(0).lastUpdated()).isNull();
    assertThat(status.isReady(NOW, Duration.ofSeconds(15))).isFalse();
    assertThat(status.lastError()).hasValueSatisfying(e -> assertThat(e).contains("down"));

    storage.up();
    run.run();
    assertThat(last(saved).numAlbumEvents()).isEqualTo(30);
    assertThat(status.consecutiveFailures()).isZero();
  }

  @Test
  void aFailedSaveFailsTheRunAndIsRetriedByTheNextRun() {
    storage.addAlbums(3, "Miles", 5, NOW);
    List<ProcessingState> written = new ArrayList<>();
    AtomicBoolean diskFull = new AtomicBoolean(true);
    store =
        state -> {
          if (diskFull.getAndSet(false)) {
            throw new IOException("disk full");
          }
          written.add(state);
        };
    StatsRun run = run(ProcessingState.empty(), 10, 50);

    run.run();
    assertThat(status.lastError()).hasValueSatisfying(e -> assertThat(e).contains("disk full"));
    assertThat(written).isEmpty();
    run.run();

    assertThat(last(written).numAlbumEvents()).isEqualTo(3);
    assertThat(status.consecutiveFailures()).isZero();
  }

  @Test
  void keepsServingTheLastStatisticsWhileStorageIsDown() {
    storage.addAlbums(4, "Miles", 5, NOW);
    StatsRun run = run(ProcessingState.empty(), 10, 50);
    run.run();
    storage.down();

    run.run();
    run.run();

    assertThat(run.snapshot().numAlbumEvents()).isEqualTo(4);
    assertThat(status.consecutiveFailures()).isEqualTo(2);
    assertThat(status.isReady(NOW, Duration.ofSeconds(15))).isTrue();
    assertThat(status.isReady(NOW.plusSeconds(16), Duration.ofSeconds(15))).isFalse();
  }
}

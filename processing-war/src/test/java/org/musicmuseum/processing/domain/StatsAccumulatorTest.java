package org.musicmuseum.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsAccumulatorTest {

  private static final Instant NOW = Instant.parse("2026-11-26T14:08:39Z");
  private static final Instant EARLIER = Instant.parse("2026-11-26T14:05:10Z");

  private static StatsAccumulator empty() {
    return StatsAccumulator.restore(ProcessingState.empty(), 100, 100, NOW);
  }

  @Test
  void startsAtZero() {
    StatsSnapshot zero = empty().snapshot(NOW);

    assertThat(zero.numAlbumEvents()).isZero();
    assertThat(zero.maxAlbumTrackCount()).isZero();
    assertThat(zero.numSingleEvents()).isZero();
    assertThat(zero.maxSingleSongDuration()).isZero();
    assertThat(zero.lastUpdated()).isEmpty();
    assertThat(zero.topArtists()).isEmpty();
    assertThat(zero.view(NOW).eventsPerMinute()).hasSize(60).allMatch(m -> m.albums() == 0);
  }

  @Test
  void countsRowsAndKeepsMaximaArtistsAndMinutes() {
    StatsAccumulator stats = empty();
    int albums =
        stats.applyAlbums(
            List.of(
                new AlbumRow(0, 1, "Miles Davis", 5, EARLIER),
                new AlbumRow(0, 2, "Coltrane", 12, EARLIER),
                new AlbumRow(3, 5, "Miles Davis", 7, NOW)),
            NOW);
    int singles =
        stats.applySingles(
            List.of(
                new SingleRow(1, 3, "Coltrane", 562.5, EARLIER),
                new SingleRow(1, 4, "Abba", 1.25, NOW)),
            NOW);

    StatsSnapshot snapshot = stats.snapshot(NOW);
    assertThat(albums).isEqualTo(3);
    assertThat(singles).isEqualTo(2);
    assertThat(stats.albumCursor().text()).isEqualTo("0:2,3:5");
    assertThat(stats.singleCursor().text()).isEqualTo("1:4");
    assertThat(snapshot.numAlbumEvents()).isEqualTo(3);
    assertThat(snapshot.maxAlbumTrackCount()).isEqualTo(12);
    assertThat(snapshot.numSingleEvents()).isEqualTo(2);
    assertThat(snapshot.maxSingleSongDuration()).isEqualTo(562.5);
    assertThat(snapshot.topArtists())
        .containsExactly(
            new ArtistCount("Coltrane", 2),
            new ArtistCount("Miles Davis", 2),
            new ArtistCount("Abba", 1));
    assertThat(snapshot.minuteBuckets())
        .containsExactly(
            new MinuteCount(Instant.parse("2026-11-26T14:05:00Z"), 2, 1),
            new MinuteCount(Instant.parse("2026-11-26T14:08:00Z"), 1, 1));
  }

  @Test
  void rowsAtOrBeforeTheCursorOfTheirPartitionAreNotCountedTwice() {
    StatsAccumulator stats = empty();
    stats.applyAlbums(
        List.of(new AlbumRow(0, 1, "A", 1, NOW), new AlbumRow(0, 2, "A", 1, NOW)), NOW);

    int again =
        stats.applyAlbums(
            List.of(
                new AlbumRow(0, 2, "A", 9, NOW),
                new AlbumRow(0, 3, "B", 2, NOW),
                new AlbumRow(1, 2, "C", 2, NOW)),
            NOW);

    assertThat(again).as("offset 2 of partition 1 is not offset 2 of partition 0").isEqualTo(2);
    assertThat(stats.snapshot(NOW).numAlbumEvents()).isEqualTo(4);
    assertThat(stats.snapshot(NOW).maxAlbumTrackCount()).isEqualTo(2);
  }

  @Test
  void aRestoredStateContinuesWhereItStopped() {
    StatsAccumulator first = empty();
    first.applyAlbums(List.of(new AlbumRow(0, 1, "A", 4, EARLIER)), NOW);
    first.applySingles(List.of(new SingleRow(0, 1, "B", 30.0, EARLIER)), NOW);
    first.markUpdated(NOW);
    ProcessingState saved = first.toState(NOW);

    StatsAccumulator restored = StatsAccumulator.restore(saved, 100, 100, NOW);
    restored.applyAlbums(
        List.of(new AlbumRow(0, 1, "A", 4, EARLIER), new AlbumRow(0, 2, "A", 3, NOW)), NOW);

    assertThat(saved.albumCursor()).isEqualTo("0:1");
    assertThat(saved.artistEvents()).isEqualTo(Map.of("A", 1L, "B", 1L));
    assertThat(restored.toState(NOW))
        .isEqualTo(
            new ProcessingState(
                ProcessingState.FORMAT,
                "0:2",
                "0:1",
                2,
                4,
                1,
                30.0,
                NOW,
                Map.of("A", 2L, "B", 1L),
                List.of(
                    new MinuteCount(Instant.parse("2026-11-26T14:05:00Z"), 1, 1),
                    new MinuteCount(Instant.parse("2026-11-26T14:08:00Z"), 1, 0)),
                List.of()));
  }
}

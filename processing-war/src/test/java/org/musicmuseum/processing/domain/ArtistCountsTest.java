package org.musicmuseum.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArtistCountsTest {

  private static ArtistCounts counted(int capacity, String... artists) {
    ArtistCounts counts = new ArtistCounts(capacity);
    for (String artist : artists) {
      counts.add(artist);
    }
    return counts;
  }

  @Test
  void ranksByEventsThenByName() {
    ArtistCounts counts = counted(100, "Cher", "Abba", "Bowie", "Cher", "Bowie", "Abba", "Cher");

    assertThat(counts.top(10))
        .containsExactly(
            new ArtistCount("Cher", 3), new ArtistCount("Abba", 2), new ArtistCount("Bowie", 2));
    assertThat(counts.top(1)).containsExactly(new ArtistCount("Cher", 3));
  }

  @Test
  void topTenOfManyArtists() {
    ArtistCounts counts = new ArtistCounts(100);
    for (int artist = 0; artist < 30; artist++) {
      for (int event = 0; event <= artist % 15; event++) {
        counts.add(String.format("Artist %02d", artist));
      }
    }

    assertThat(counts.top(10))
        .extracting(ArtistCount::artistName)
        .containsExactly(
            "Artist 14",
            "Artist 29",
            "Artist 13",
            "Artist 28",
            "Artist 12",
            "Artist 27",
            "Artist 11",
            "Artist 26",
            "Artist 10",
            "Artist 25");
    assertThat(counts.top(10).get(0).events()).isEqualTo(15);
  }

  @Test
  void beyondCapacityTheLeastCountedArtistMakesRoom() {
    ArtistCounts counts = counted(3, "A", "A", "A", "B", "B", "C", "D");

    assertThat(counts.size()).isEqualTo(3);
    assertThat(counts.asMap()).containsEntry("A", 3L).containsEntry("B", 2L).containsKey("D");
    assertThat(counts.asMap()).doesNotContainKey("C");
    assertThat(counts.asMap().get("D")).isEqualTo(2L);
  }

  @Test
  void aFrequentArtistSurvivesManyRareOnes() {
    ArtistCounts counts = new ArtistCounts(5);
    for (int i = 0; i < 1000; i++) {
      counts.add("Frequent");
      counts.add("Rare " + i);
    }

    assertThat(counts.top(1)).containsExactly(new ArtistCount("Frequent", 1000));
    assertThat(counts.size()).isEqualTo(5);
  }

  @Test
  void restoresCountsAndKeepsTheMostCountedWithinCapacity() {
    ArtistCounts counts = ArtistCounts.of(Map.of("A", 5L, "B", 1L, "C", 3L), 2);
    counts.add("C");

    assertThat(counts.asMap()).containsExactly(Map.entry("A", 5L), Map.entry("C", 4L));
  }
}

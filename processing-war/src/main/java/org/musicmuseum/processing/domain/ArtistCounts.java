package org.musicmuseum.processing.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Events per artist, for the top-artists ranking. Exact while there are at most {@code capacity}
 * distinct artists; beyond that it is the Space-Saving sketch: a new artist replaces the least
 * counted one and inherits its count, so memory and the state file stay bounded and every artist
 * with more than {@code total / capacity} events is still ranked. Not thread-safe.
 */
public final class ArtistCounts {

  private final int capacity;
  private final Map<String, Long> counts = new HashMap<>();
  private final TreeSet<ArtistCount> ranking = new TreeSet<>(ArtistCount.RANKING);

  public ArtistCounts(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** Counts restored from the state file; beyond {@code capacity} the least counted are dropped. */
  public static ArtistCounts of(Map<String, Long> restored, int capacity) {
    ArtistCounts artists = new ArtistCounts(capacity);
    restored.entrySet().stream()
        .map(e -> new ArtistCount(e.getKey(), e.getValue()))
        .sorted(ArtistCount.RANKING)
        .limit(capacity)
        .forEach(artists::put);
    return artists;
  }

  /** One more event of this artist. */
  public void add(String artist) {
    Long current = counts.get(artist);
    if (current != null) {
      ranking.remove(new ArtistCount(artist, current));
      put(new ArtistCount(artist, current + 1));
    } else if (counts.size() < capacity) {
      put(new ArtistCount(artist, 1));
    } else {
      ArtistCount evicted = ranking.pollLast();
      counts.remove(evicted.artistName());
      put(new ArtistCount(artist, evicted.events() + 1));
    }
  }

  private void put(ArtistCount count) {
    counts.put(count.artistName(), count.events());
    ranking.add(count);
  }

  /** The {@code n} artists with the most events, ties by name. */
  public List<ArtistCount> top(int n) {
    return ranking.stream().limit(n).toList();
  }

  /** Every counted artist, sorted by name (the state file's shape). */
  public Map<String, Long> asMap() {
    return new TreeMap<>(counts);
  }

  public int size() {
    return counts.size();
  }
}

package org.musicmuseum.processing.service;

import java.net.ConnectException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.musicmuseum.events.Positions;
import org.musicmuseum.processing.client.PendingPage;
import org.musicmuseum.processing.client.StorageClient;
import org.musicmuseum.processing.domain.AlbumRow;
import org.musicmuseum.processing.domain.EventPage;
import org.musicmuseum.processing.domain.SingleRow;
import org.musicmuseum.processing.domain.StoredRow;

/**
 * Storage in memory: rows spread over three partitions in turn, pages in (partition, offset) order
 * after a cursor, and an outage switch.
 */
final class FakeStorage implements StorageClient {

  private static final int PARTITIONS = 3;
  private static final Comparator<StoredRow> KAFKA_ORDER =
      Comparator.comparingInt(StoredRow::partition).thenComparingLong(StoredRow::offset);

  final List<AlbumRow> albums = new ArrayList<>();
  final List<SingleRow> singles = new ArrayList<>();
  final AtomicInteger calls = new AtomicInteger();
  volatile int failAfterCalls = Integer.MAX_VALUE;
  private final long[] nextOffset = new long[PARTITIONS];
  private int nextPartition;

  void addAlbums(int n, String artist, int tracks, Instant at) {
    for (int i = 0; i < n; i++) {
      int p = nextPartition();
      albums.add(new AlbumRow(p, nextOffset[p]++, artist, tracks, at));
    }
  }

  void addSingles(int n, String artist, double duration, Instant at) {
    for (int i = 0; i < n; i++) {
      int p = nextPartition();
      singles.add(new SingleRow(p, nextOffset[p]++, artist, duration, at));
    }
  }

  private int nextPartition() {
    int p = nextPartition;
    nextPartition = (nextPartition + 1) % PARTITIONS;
    return p;
  }

  /** The cursor after the first {@code n} rows in Kafka order (all of them when n is larger). */
  static String cursorAfter(List<? extends StoredRow> rows, int n) {
    Positions cursor = Positions.start();
    for (StoredRow row : rows.stream().sorted(KAFKA_ORDER).limit(n).toList()) {
      cursor = cursor.after(row.partition(), row.offset());
    }
    return cursor.text();
  }

  void down() {
    failAfterCalls = 0;
  }

  void up() {
    failAfterCalls = Integer.MAX_VALUE;
  }

  @Override
  public PendingPage<AlbumRow> albums(Positions after, int limit) {
    return page(albums, after, limit);
  }

  @Override
  public PendingPage<SingleRow> singles(Positions after, int limit) {
    return page(singles, after, limit);
  }

  /** The page as the rows are when asked for, or the outage when storage is down then. */
  private <T extends StoredRow> PendingPage<T> page(List<T> rows, Positions after, int limit) {
    if (calls.getAndIncrement() >= failAfterCalls) {
      return () -> {
        throw new ConnectException("storage is down");
      };
    }
    List<T> next =
        rows.stream()
            .filter(r -> !after.includes(r.partition(), r.offset()))
            .sorted(KAFKA_ORDER)
            .toList();
    EventPage<T> page =
        new EventPage<>(next.subList(0, Math.min(limit, next.size())), next.size() > limit);
    return () -> page;
  }
}

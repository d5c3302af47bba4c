package org.musicmuseum.processing.service;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.musicmuseum.processing.client.StorageClient;
import org.musicmuseum.processing.domain.AlbumRow;
import org.musicmuseum.processing.domain.EventPage;
import org.musicmuseum.processing.domain.SingleRow;
import org.musicmuseum.processing.domain.StoredRow;

/** Storage in memory: rows by id, pages after a cursor, and an outage switch. */
final class FakeStorage implements StorageClient {

  final List<AlbumRow> albums = new ArrayList<>();
  final List<SingleRow> singles = new ArrayList<>();
  final AtomicInteger calls = new AtomicInteger();
  volatile int failAfterCalls = Integer.MAX_VALUE;
  private long nextId = 1;

  void addAlbums(int n, String artist, int tracks, Instant at) {
    for (int i = 0; i < n; i++) {
      albums.add(new AlbumRow(nextId++, artist, tracks, at));
    }
  }

  void addSingles(int n, String artist, double duration, Instant at) {
    for (int i = 0; i < n; i++) {
      singles.add(new SingleRow(nextId++, artist, duration, at));
    }
  }

  void down() {
    failAfterCalls = 0;
  }

  void up() {
    failAfterCalls = Integer.MAX_VALUE;
  }

  @Override
  public EventPage<AlbumRow> albums(long afterId, int limit) throws IOException {
    return page(albums, afterId, limit);
  }

  @Override
  public EventPage<SingleRow> singles(long afterId, int limit) throws IOException {
    return page(singles, afterId, limit);
  }

  private <T extends StoredRow> EventPage<T> page(List<T> rows, long afterId, int limit)
      throws IOException {
    if (calls.getAndIncrement() >= failAfterCalls) {
      throw new ConnectException("storage is down");
    }
    List<T> after = rows.stream().filter(r -> r.id() > afterId).toList();
    return new EventPage<>(after.subList(0, Math.min(limit, after.size())), after.size() > limit);
  }
}

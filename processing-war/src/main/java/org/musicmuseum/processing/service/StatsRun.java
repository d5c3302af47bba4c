package org.musicmuseum.processing.service;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.ToIntBiFunction;
import org.musicmuseum.events.Positions;
import org.musicmuseum.processing.client.StorageClient;
import org.musicmuseum.processing.domain.EventPage;
import org.musicmuseum.processing.domain.RunLedger;
import org.musicmuseum.processing.domain.StatsAccumulator;
import org.musicmuseum.processing.domain.StatsSnapshot;
import org.musicmuseum.processing.domain.StoredRow;
import org.musicmuseum.processing.persistence.StateStore;

/**
 * One run: reads the albums, then the singles, after their cursors (the last offset counted per
 * partition), a bounded number of pages each (the rest waits for the next run); counts them;
 * publishes the statistics; saves the state if anything changed, also after a failure (what was
 * counted is consistent with its cursors).
 */
public final class StatsRun implements Runnable {

  /** Reads one page after a cursor. */
  private interface PageSource<T extends StoredRow> {
    EventPage<T> fetch(Positions after, int limit) throws IOException, InterruptedException;
  }

  private final StorageClient storage;
  private final StateStore store;
  private final StatsAccumulator stats;
  private final RunStatus status;
  private final Clock clock;
  private final int pageLimit;
  private final int maxPages;
  private final ReentrantLock running = new ReentrantLock();
  private final AtomicReference<StatsSnapshot> published;
  private final RunObserver observer;
  private final AtomicReference<RunLedger> ledger;
  private volatile boolean stopping;
  private boolean unsaved;
  private RunTally tally = new RunTally();

  public StatsRun(
      StorageClient storage,
      StateStore store,
      StatsAccumulator stats,
      RunStatus status,
      Clock clock,
      int pageLimit,
      int maxPages,
      RunObserver observer) {
    this.observer = observer;
    this.storage = storage;
    this.store = store;
    this.stats = stats;
    this.status = status;
    this.clock = clock;
    this.pageLimit = pageLimit;
    this.maxPages = maxPages;
    this.published = new AtomicReference<>(stats.snapshot(clock.instant()));
    this.ledger = new AtomicReference<>(stats.ledger());
  }

  @Override
  public void run() {
    running.lock();
    try {
      long start = System.nanoTime();
      tally = new RunTally();
      Exception failure = null;
      try {
        pull(stats::albumCursor, storage::albums, stats::applyAlbums);
        pull(stats::singleCursor, storage::singles, stats::applySingles);
        stats.markUpdated(clock.instant());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = e;
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
      stats.closeRun(clock.instant());
      // Published before the save: its fsync is not on the path to the dashboards, and a crash
      // before it only means counting again from the saved cursors, never counting twice.
      published.set(stats.snapshot(clock.instant()));
      ledger.set(stats.ledger());
      failure = saveIfChanged(failure);
      status.record(clock.instant(), Optional.ofNullable(failure));
      observer.ran(Duration.ofNanos(System.nanoTime() - start), tally.count(), tally.newest());
    } finally {
      running.unlock();
    }
  }

  private <T extends StoredRow> void pull(
      Supplier<Positions> cursor, PageSource<T> source, ToIntBiFunction<List<T>, Instant> count)
      throws IOException, InterruptedException {
    for (int page = 0; page < maxPages && !stopping; page++) {
      Positions before = cursor.get();
      EventPage<T> fetched = source.fetch(before, pageLimit);
      int applied = count.applyAsInt(fetched.events(), clock.instant());
      if (applied > 0) {
        unsaved = true;
        tally.counted(applied, fetched.events(), before);
      }
      if (!fetched.hasMore() || cursor.get().equals(before)) {
        return;
      }
    }
  }

  private Exception saveIfChanged(Exception failure) {
    if (!unsaved) {
      return failure;
    }
    try {
      store.save(stats.toState(clock.instant()));
      unsaved = false;
      return failure;
    } catch (IOException | RuntimeException e) {
      if (failure == null) {
        return e;
      }
      failure.addSuppressed(e);
      return failure;
    }
  }

  /** The statistics as of the end of the last run. */
  public StatsSnapshot snapshot() {
    return published.get();
  }

  /** Which run counted which rows, as of the end of the last run. */
  public RunLedger ledger() {
    return ledger.get();
  }

  /** Ends the current run after its current page and waits up to {@code timeout} for it. */
  public boolean stop(Duration timeout) throws InterruptedException {
    stopping = true;
    if (running.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      running.unlock();
      return true;
    }
    return false;
  }
}

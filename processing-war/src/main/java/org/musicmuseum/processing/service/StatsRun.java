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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicmuseum.events.Positions;
import org.musicmuseum.processing.client.PendingPage;
import org.musicmuseum.processing.client.StorageClient;
import org.musicmuseum.processing.domain.AlbumRow;
import org.musicmuseum.processing.domain.EventPage;
import org.musicmuseum.processing.domain.RunLedger;
import org.musicmuseum.processing.domain.SingleRow;
import org.musicmuseum.processing.domain.StatsAccumulator;
import org.musicmuseum.processing.domain.StatsSnapshot;
import org.musicmuseum.processing.domain.StoredRow;
import org.musicmuseum.processing.persistence.StateStore;

/**
 * One run: asks storage for the albums and the singles after their cursors (the last offset counted
 * per partition) at once; counts the albums, then the singles, a bounded number of pages each (the
 * rest waits for the next run); publishes the statistics; saves the state if anything changed, also
 * after a failure (what was counted is consistent with its cursors), at most once per {@code
 * saveEvery}: every state is consistent, so a crash only means counting again what came after the
 * last save, never twice. {@link #stop} saves what is left.
 */
public final class StatsRun implements Runnable {

  private static final Logger LOG = Logger.getLogger(StatsRun.class.getName());

  /** Asks for one page after a cursor. */
  private interface PageSource<T extends StoredRow> {
    PendingPage<T> ask(Positions after, int limit);
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
  private final Duration saveEvery;
  private volatile boolean stopping;
  private boolean unsaved;
  private Instant nextSave = Instant.MIN;
  private RunTally tally = new RunTally();

  public StatsRun(
      StorageClient storage,
      StateStore store,
      StatsAccumulator stats,
      RunStatus status,
      Clock clock,
      int pageLimit,
      int maxPages,
      Duration saveEvery,
      RunObserver observer) {
    this.observer = observer;
    this.saveEvery = saveEvery;
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
        // Both first pages are asked for at once: the singles' arrives while the albums count.
        PendingPage<AlbumRow> albums = storage.albums(stats.albumCursor(), pageLimit);
        PendingPage<SingleRow> singles = storage.singles(stats.singleCursor(), pageLimit);
        pull(albums, stats::albumCursor, storage::albums, stats::applyAlbums);
        pull(singles, stats::singleCursor, storage::singles, stats::applySingles);
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
      failure = saveIfDue(failure, false);
      status.record(clock.instant(), Optional.ofNullable(failure));
      observer.ran(Duration.ofNanos(System.nanoTime() - start), tally.count(), tally.newest());
    } finally {
      running.unlock();
    }
  }

  /** Counts {@code first}, then the pages after it while there are more, up to the run's bound. */
  private <T extends StoredRow> void pull(
      PendingPage<T> first,
      Supplier<Positions> cursor,
      PageSource<T> source,
      ToIntBiFunction<List<T>, Instant> count)
      throws IOException, InterruptedException {
    PendingPage<T> next = first;
    for (int page = 0; page < maxPages && !stopping; page++) {
      Positions before = cursor.get();
      EventPage<T> fetched = next.await();
      int applied = count.applyAsInt(fetched.events(), clock.instant());
      if (applied > 0) {
        unsaved = true;
        tally.counted(applied, fetched.events(), before);
      }
      if (!fetched.hasMore() || cursor.get().equals(before)) {
        return;
      }
      next = source.ask(cursor.get(), pageLimit);
    }
  }

  private Exception saveIfDue(Exception failure, boolean evenIfEarly) {
    Instant at = clock.instant();
    if (!unsaved || (!evenIfEarly && at.isBefore(nextSave))) {
      return failure;
    }
    try {
      store.save(stats.toState(at));
      unsaved = false;
      nextSave = at.plus(saveEvery);
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

  /**
   * Ends the current run after its current page, waits up to {@code timeout} for it, then saves
   * what was counted since the last save; false if the run did not end in time.
   */
  public boolean stop(Duration timeout) throws InterruptedException {
    stopping = true;
    if (!running.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    try {
      Exception failure = saveIfDue(null, true);
      if (failure != null) {
        LOG.log(Level.WARNING, "Could not save the statistics on stopping", failure);
      }
      return true;
    } finally {
      running.unlock();
    }
  }
}

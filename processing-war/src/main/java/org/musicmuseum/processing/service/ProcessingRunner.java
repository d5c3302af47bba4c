package org.musicmuseum.processing.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicmuseum.processing.client.HttpStorageClient;
import org.musicmuseum.processing.config.ProcessingConfig;
import org.musicmuseum.processing.domain.ProcessingState;
import org.musicmuseum.processing.domain.RunLedger;
import org.musicmuseum.processing.domain.StatsAccumulator;
import org.musicmuseum.processing.domain.StatsSnapshot;
import org.musicmuseum.processing.messaging.StatsUpdates;
import org.musicmuseum.processing.persistence.StateFile;

/**
 * Loads the state file when the application starts, then runs {@link StatsRun} at once and again
 * after the end of each run (runs never overlap): {@code processing.interval-ms} after a run that
 * counted nothing, a tenth of that after one that counted something (events are flowing, and the
 * next ones are counted sooner); publishes the statistics to the updates topic when {@link
 * StatsPublishing} says so.
 */
@ApplicationScoped
public class ProcessingRunner {

  private static final Logger LOG = Logger.getLogger(ProcessingRunner.class.getName());
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ProcessingConfig config;
  @Inject ProcessingMetrics metrics;
  @Inject StatsUpdates updates;

  private final Clock clock = Clock.systemUTC();
  private final RunStatus status = new RunStatus();
  private StateFile stateFile;
  private HttpStorageClient storage;
  private StatsRun run;
  private StatsPublishing publishing;
  private volatile ScheduledFuture<?> schedule;
  private boolean stopped;

  @PostConstruct
  void init() {
    stateFile = new StateFile(config.statsFile(), clock);
    ProcessingState state = loadState();
    storage =
        new HttpStorageClient(
            config.storageUrl(), config.connectTimeout(), config.requestTimeout());
    run =
        new StatsRun(
            storage,
            stateFile,
            StatsAccumulator.restore(
                state, config.artistCapacity(), config.runHistory(), clock.instant()),
            status,
            clock,
            config.pageLimit(),
            config.maxPagesPerRun(),
            config.saveInterval(),
            metrics);
    publishing = new StatsPublishing(config.republish());
  }

  private ProcessingState loadState() {
    try {
      ProcessingState state = stateFile.load().orElseGet(ProcessingState::empty);
      LOG.info(
          () ->
              "Statistics in "
                  + stateFile.path()
                  + ": resuming after albums ["
                  + state.albumCursor()
                  + "] and singles ["
                  + state.singleCursor()
                  + "] (partition:offset)");
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state file " + stateFile.path(), e);
    }
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    scheduleNext(Duration.ZERO);
  }

  private synchronized void scheduleNext(Duration delay) {
    if (!stopped) {
      schedule = scheduler.schedule(this::runAndPublish, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void runAndPublish() {
    long before = run.snapshot().total();
    boolean counted = false;
    try {
      run.run();
      StatsSnapshot snapshot = run.snapshot();
      counted = snapshot.total() != before;
      Instant now = clock.instant();
      if (publishing.due(snapshot, now)) {
        updates.publish(snapshot.view(now));
      }
    } finally {
      scheduleNext(counted ? config.busyInterval() : config.interval());
    }
  }

  /** The statistics as of the end of the last run. */
  public StatsSnapshot snapshot() {
    return run.snapshot();
  }

  /** Which run counted which rows, as of the end of the last run. */
  public RunLedger ledger() {
    return run.ledger();
  }

  /** How the runs went. */
  public RunStatus status() {
    return status;
  }

  /**
   * True while the next run is scheduled or running: each run schedules the next before it ends, so
   * the current task is done only when cancelled or when scheduling failed.
   */
  public boolean isScheduled() {
    ScheduledFuture<?> current = schedule;
    return current != null && !current.isDone();
  }

  @PreDestroy
  void stop() {
    synchronized (this) {
      stopped = true;
      if (schedule != null) {
        schedule.cancel(false);
      }
    }
    try {
      if (run.stop(STOP_TIMEOUT)) {
        storage.close();
        stateFile.close();
      } else {
        LOG.warning("The last statistics run did not end in time; its file stays consistent");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Closing the storage client failed", e);
    }
  }
}

package org.musicmuseum.health.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicmuseum.health.config.HealthConfig;
import org.musicmuseum.health.config.HealthSettings;
import org.musicmuseum.health.domain.ChangeNotice;
import org.musicmuseum.health.domain.StatusBoard;
import org.musicmuseum.health.domain.StatusReport;
import org.musicmuseum.health.domain.WatchedService;
import org.musicmuseum.health.messaging.StatusUpdates;
import org.musicmuseum.health.probe.HttpReadinessProbe;

/**
 * Loads the saved status at startup, then runs a poll round at once and again {@code
 * health.interval-ms} after each round ends; saves the result of every round, pushes it to the
 * health service's own stream and publishes it to the updates topic.
 */
@ApplicationScoped
public class Poller {

  private static final Logger LOG = Logger.getLogger(Poller.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;
  @Inject HealthConfig config;
  @Inject StatusStream stream;
  @Inject StatusUpdates updates;
  @Inject HealthMetrics metrics;

  private HealthSettings settings;
  private StatusBoard board;
  private StatusStore store;
  private HealthMonitor monitor;
  private ScheduledFuture<?> schedule;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    settings = config.settings();
    board =
        new StatusBoard(
            settings.services().stream().map(WatchedService::name).toList(),
            settings.historySize());
    store = new StatusStore(settings.statusFile());
    store.load().ifPresent(board::restore);
    metrics.watch(board, settings.services().stream().map(WatchedService::name).toList());
    monitor =
        new HealthMonitor(
            settings.services(),
            new HttpReadinessProbe(settings.timeout()),
            board,
            Clock.systemUTC(),
            settings.timeout().multipliedBy(2));
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::poll, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(
        () ->
            String.format(
                "Watching %s every %d ms; status kept in %s",
                settings.services().stream().map(WatchedService::readinessUri).toList(),
                settings.interval().toMillis(),
                store.file()));
  }

  private void poll() {
    if (serverStopping()) {
      // Open push streams would hold the server's shutdown for its whole quiesce period.
      LOG.info("The server is stopping: no more polling, closing the push stream");
      schedule.cancel(false);
      stream.close();
      return;
    }
    try {
      HealthMonitor.Round round = monitor.runRound();
      metrics.round(round.report());
      for (ChangeNotice change : round.changes()) {
        LOG.info(
            () ->
                String.format(
                    "%s: %s -> %s (%s)",
                    change.service(),
                    change.from().label(),
                    change.to().label(),
                    change.state().detail()));
        stream.publishChange(change);
        updates.publishChange(change);
      }
      save(round.report());
      stream.publishStatus(round.report());
      updates.publishStatus(round.report());
    } catch (RuntimeException e) {
      // Never let an exception end the schedule.
      LOG.log(Level.WARNING, "Poll round failed", e);
    }
  }

  /** Liberty's managed executor refuses new work as soon as the server starts to stop. */
  private boolean serverStopping() {
    try {
      executor.execute(() -> {});
      return false;
    } catch (RejectedExecutionException e) {
      return true;
    }
  }

  private void save(StatusReport report) {
    try {
      store.save(report);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot save the status to " + store.file(), e);
    }
  }

  /** The current status of every service and the history. */
  public StatusReport report() {
    return board.report();
  }

  /** True while the poll schedule is alive (not cancelled, not ended by an error). */
  public boolean isScheduled() {
    return schedule != null && !schedule.isDone();
  }

  /** True when a round completed recently enough (see {@link HealthSettings#maxRoundAge()}). */
  public boolean isFresh() {
    return monitor != null && monitor.completedWithin(settings.maxRoundAge());
  }

  /** When the last round completed, if one did. */
  public Optional<Instant> lastRound() {
    return Optional.ofNullable(monitor).flatMap(HealthMonitor::lastRound);
  }

  @PreDestroy
  void stop() {
    Optional.ofNullable(schedule).ifPresent(running -> running.cancel(false));
    Optional.ofNullable(store).ifPresent(StatusStore::close);
  }
}

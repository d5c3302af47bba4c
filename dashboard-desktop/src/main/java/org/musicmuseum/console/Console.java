package org.musicmuseum.console;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.musicmuseum.console.client.HttpMuseumApi;
import org.musicmuseum.console.client.MuseumApi;
import org.musicmuseum.console.client.UpdateStream;
import org.musicmuseum.console.config.ConsoleSettings;
import org.musicmuseum.console.config.SettingsResolver;
import org.musicmuseum.console.config.SettingsStore;
import org.musicmuseum.console.panel.AuditPresenter;
import org.musicmuseum.console.panel.ChangeLog;
import org.musicmuseum.console.panel.Fetcher;
import org.musicmuseum.console.panel.LiveUpdates;
import org.musicmuseum.console.panel.PipelinePresenter;
import org.musicmuseum.console.panel.StatsPresenter;
import org.musicmuseum.console.panel.StatusPresenter;
import org.musicmuseum.console.panel.TracePresenter;

/**
 * The console's parts wired together: settings, the HTTP client, one presenter per panel, the live
 * updates and the timer that refreshes the panels. Reads run on a small background pool; results
 * reach the presenters through {@code fx} (the FX thread).
 */
public final class Console implements AutoCloseable {

  private static final int LOG_CAPACITY = 1000;

  private final AtomicReference<ConsoleSettings> settings;
  private final SettingsStore store;
  private final ExecutorService io = Executors.newFixedThreadPool(4, daemon("console-io"));
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(daemon("console-timer"));
  private final StatsPresenter stats;
  private final StatusPresenter status;
  private final AuditPresenter audit;
  private final PipelinePresenter pipeline;
  private final TracePresenter trace;
  private final LiveUpdates live;
  private final UpdateStream updates;
  private ScheduledFuture<?> schedule;

  public Console(ConsoleSettings initial, SettingsStore store, Executor fx, Clock clock) {
    this.settings = new AtomicReference<>(initial);
    this.store = store;
    MuseumApi api = new HttpMuseumApi(settings::get);
    Supplier<Duration> retry = () -> settings.get().refresh();
    stats = new StatsPresenter(api, new Fetcher(io, fx), clock, retry);
    status =
        new StatusPresenter(api, new Fetcher(io, fx), clock, retry, new ChangeLog(LOG_CAPACITY));
    audit =
        new AuditPresenter(
            api, new Fetcher(io, fx), new Fetcher(io, fx), clock, retry, new Random());
    pipeline = new PipelinePresenter(api, new Fetcher(io, fx), clock, retry);
    trace = new TracePresenter(api, new Fetcher(io, fx), clock, retry);
    live = new LiveUpdates(stats, status, fx, stats::refresh, status::refresh);
    updates = new UpdateStream(settings::get, live, timer);
  }

  /**
   * Follows the live updates and refreshes every panel now, then at the configured interval: the
   * statistics and the statuses only while they are not pushed.
   */
  public synchronized void start() {
    if (schedule != null) {
      schedule.cancel(false);
    }
    updates.start();
    long every = settings.get().refresh().toMillis();
    schedule = timer.scheduleWithFixedDelay(this::refreshDue, 0, every, TimeUnit.MILLISECONDS);
  }

  /** Reads every panel again now (panels with a read in flight keep that one). */
  public void refreshNow() {
    stats.refresh();
    status.refresh();
    refreshPolledOnly();
  }

  private void refreshDue() {
    if (!live.statsPushed()) {
      stats.refresh();
    }
    if (!live.statusPushed()) {
      status.refresh();
    }
    refreshPolledOnly();
  }

  private void refreshPolledOnly() {
    audit.refresh();
    pipeline.refresh();
    trace.refresh();
  }

  public ConsoleSettings settings() {
    return settings.get();
  }

  /**
   * Uses {@code changed} from now on and refreshes; remembers it for the next start. Returns why it
   * could not be remembered, if it could not.
   */
  public Optional<String> apply(ConsoleSettings changed) {
    settings.set(changed);
    start();
    try {
      store.save(SettingsResolver.toRemember(changed));
      return Optional.empty();
    } catch (IllegalStateException e) {
      return Optional.of(e.getMessage());
    }
  }

  public StatsPresenter stats() {
    return stats;
  }

  public StatusPresenter status() {
    return status;
  }

  public AuditPresenter audit() {
    return audit;
  }

  public PipelinePresenter pipeline() {
    return pipeline;
  }

  /** Whether the statistics and statuses are pushed, for the header's indicator. */
  public LiveUpdates live() {
    return live;
  }

  /** The find-an-event box. */
  public TracePresenter trace() {
    return trace;
  }

  @Override
  public void close() {
    updates.close();
    timer.shutdownNow();
    io.shutdownNow();
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}

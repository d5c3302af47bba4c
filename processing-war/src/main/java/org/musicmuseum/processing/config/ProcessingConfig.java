package org.musicmuseum.processing.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Processing settings from MicroProfile Config: defaults in META-INF/microprofile-config.properties
 * and server.xml (storage.url); env vars override them.
 */
@ApplicationScoped
public class ProcessingConfig {

  /** Storage answers at most this many rows per page. */
  public static final int MAX_PAGE_LIMIT = 1000;

  @Inject
  @ConfigProperty(name = "processing.interval-ms")
  long intervalMillis;

  @Inject
  @ConfigProperty(name = "processing.save-interval-ms")
  long saveIntervalMillis;

  @Inject
  @ConfigProperty(name = "processing.stats-file")
  String statsFile;

  @Inject
  @ConfigProperty(name = "processing.page-limit")
  int pageLimit;

  @Inject
  @ConfigProperty(name = "processing.max-pages-per-run")
  int maxPagesPerRun;

  @Inject
  @ConfigProperty(name = "processing.artist-capacity")
  int artistCapacity;

  @Inject
  @ConfigProperty(name = "processing.run-history")
  int runHistory;

  @Inject
  @ConfigProperty(name = "processing.storage.connect-timeout-ms")
  long connectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "processing.storage.request-timeout-ms")
  long requestTimeoutMillis;

  @Inject
  @ConfigProperty(name = "storage.url")
  String storageUrl;

  @Inject
  @ConfigProperty(name = "processing.updates.republish-ms")
  long republishMillis;

  static final Duration MIN_SUCCESS_AGE = Duration.ofSeconds(10);

  /** The longest the updates topic goes without the statistics (at least a second). */
  public Duration republish() {
    return Duration.ofMillis(Math.max(1000, republishMillis));
  }

  /** The pause between two runs (at least 10 ms). */
  public Duration interval() {
    return Duration.ofMillis(Math.max(10, intervalMillis));
  }

  /**
   * The pause after a run that counted something: a tenth of {@link #interval()}, at least 10 ms.
   */
  public Duration busyInterval() {
    return Duration.ofMillis(Math.max(10, interval().toMillis() / 10));
  }

  /**
   * Readiness holds while the last successful run is at most this old: three intervals, but at
   * least {@link #MIN_SUCCESS_AGE} (a run that catches up on a backlog may take seconds).
   */
  public Duration maxSuccessAge() {
    Duration threeRuns = interval().multipliedBy(3);
    return threeRuns.compareTo(MIN_SUCCESS_AGE) < 0 ? MIN_SUCCESS_AGE : threeRuns;
  }

  /** The state file is written at most this often (at least 0: after every run that counted). */
  public Duration saveInterval() {
    return Duration.ofMillis(Math.max(0, saveIntervalMillis));
  }

  /** Where the statistics and cursors are persisted. */
  public Path statsFile() {
    return Path.of(statsFile);
  }

  /** Rows asked per page, 1..1000. */
  public int pageLimit() {
    return Math.min(MAX_PAGE_LIMIT, Math.max(1, pageLimit));
  }

  /** Pages read per event type in one run; the rest waits for the next run. */
  public int maxPagesPerRun() {
    return Math.max(1, maxPagesPerRun);
  }

  /** How many distinct artists are counted. */
  public int artistCapacity() {
    return Math.max(10, artistCapacity);
  }

  /** How many runs that counted rows are kept, to say which run counted a row (at least 1). */
  public int runHistory() {
    return Math.max(1, runHistory);
  }

  public Duration connectTimeout() {
    return Duration.ofMillis(connectTimeoutMillis);
  }

  public Duration requestTimeout() {
    return Duration.ofMillis(requestTimeoutMillis);
  }

  /** Base URL of the storage API, context root included, without a trailing slash. */
  public String storageUrl() {
    return storageUrl.endsWith("/") ? storageUrl.substring(0, storageUrl.length() - 1) : storageUrl;
  }
}

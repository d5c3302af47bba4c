package org.musicmuseum.health.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.musicmuseum.health.config.HealthConfig;
import org.musicmuseum.health.config.PipelineConfig;
import org.musicmuseum.health.domain.MetricsSink;
import org.musicmuseum.health.domain.PipelineReport;
import org.musicmuseum.health.domain.PipelineState;
import org.musicmuseum.health.domain.WatchedService;
import org.musicmuseum.health.probe.MetricsClient;

/**
 * Scrapes the receiver's, storage's, processing's and audit's {@code /metrics} every {@code
 * health.pipeline.interval-ms}, all at once and each bounded by {@code health.timeout-ms}, and
 * keeps the latest readings for {@code GET /healthcheck/pipeline}. Storage's lag is the {@link
 * LagExporter}'s latest reading: Kafka is read once.
 */
@ApplicationScoped
public class PipelineReader {

  private static final Logger LOG = Logger.getLogger(PipelineReader.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Config config;
  @Inject HealthConfig health;
  @Inject LagExporter lag;

  /** What start() sets up; null before. */
  private record Scraping(
      PipelineState state, MetricsClient client, List<WatchedService> services) {}

  private volatile Scraping scraping;
  private ScheduledFuture<?> schedule;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    PipelineConfig settings = PipelineConfig.from(config);
    PipelineState state = new PipelineState(settings.window());
    scraping =
        new Scraping(
            state, new MetricsClient(health.settings().timeout()), health.settings().services());
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::read, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(
        () ->
            String.format(
                "Scraping %s for the pipeline every %d ms",
                state.sources().keySet(), settings.interval().toMillis()));
  }

  private void read() {
    Scraping now = scraping;
    if (now == null) {
      return;
    }
    try {
      CompletableFuture.allOf(
              now.state().sources().entrySet().stream()
                  .map(source -> scrape(now, source.getKey(), source.getValue()))
                  .toArray(CompletableFuture[]::new))
          .join();
    } catch (RuntimeException e) {
      // Never let an exception end the schedule; every item keeps its last good value.
      LOG.log(Level.WARNING, "A pipeline read failed", e);
    }
  }

  private static CompletableFuture<Void> scrape(Scraping now, String name, MetricsSink sink) {
    Optional<WatchedService> service =
        now.services().stream().filter(s -> s.name().equals(name)).findFirst();
    if (service.isEmpty()) {
      sink.failed(name + " is not in health.services");
      return CompletableFuture.completedFuture(null);
    }
    return now.client()
        .scrape(service.get().metricsUri())
        .handle(
            (scrape, error) -> {
              if (error != null) {
                sink.failed(name + " /metrics: " + now.client().describe(error));
                return null;
              }
              try {
                sink.read(scrape, Instant.now());
              } catch (RuntimeException e) {
                // A scrape without the expected shape (e.g. two freshness samples).
                sink.failed(name + " /metrics: " + e.getMessage());
              }
              return null;
            });
  }

  /** Every item of the pipeline now. */
  public PipelineReport report() {
    Scraping now = scraping;
    if (now == null) {
      throw new IllegalStateException("the pipeline reader has not started");
    }
    return now.state().report(lag.group(), lag.latest());
  }

  @PreDestroy
  void stop() {
    Optional.ofNullable(schedule).ifPresent(running -> running.cancel(false));
  }
}

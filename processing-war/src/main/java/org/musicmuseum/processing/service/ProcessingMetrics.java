package org.musicmuseum.processing.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.musicmuseum.kit.metrics.MetricNames;

/**
 * Processing's metrics: each run's duration and events counted, and the freshness of the statistics
 * (now minus the event time of the newest counted event; NaN until one is counted).
 */
@ApplicationScoped
public class ProcessingMetrics implements RunObserver {

  @Inject MetricRegistry registry;

  private final Clock clock = Clock.systemUTC();
  private final AtomicReference<Instant> newest = new AtomicReference<>();
  private Timer run;
  private Histogram events;

  @PostConstruct
  void register() {
    run = registry.timer(MetricNames.PROCESSING_RUN);
    events = registry.histogram(MetricNames.PROCESSING_RUN_EVENTS);
    registry.gauge(MetricNames.PROCESSING_FRESHNESS, this::freshnessSeconds);
  }

  @Override
  public void ran(Duration took, int counted, Optional<Instant> newestCounted) {
    run.update(took);
    events.update(counted);
    newestCounted.ifPresent(
        time -> newest.accumulateAndGet(time, (a, b) -> a == null || b.isAfter(a) ? b : a));
  }

  /** Seconds since the newest counted event's time; NaN while none was counted. */
  public double freshnessSeconds() {
    Instant time = newest.get();
    return time == null ? Double.NaN : Duration.between(time, clock.instant()).toMillis() / 1000.0;
  }
}

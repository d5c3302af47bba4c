package org.musicmuseum.health.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.musicmuseum.health.config.LagConfig;
import org.musicmuseum.health.domain.ConsumerLag;
import org.musicmuseum.health.domain.Latest;
import org.musicmuseum.health.domain.PartitionLag;
import org.musicmuseum.health.messaging.AdminOffsets;
import org.musicmuseum.health.metrics.LagGauges;
import org.musicmuseum.health.probe.FailureText;

/**
 * Reads storage's consumer lag from Kafka every {@code health.lag.interval-ms} and keeps it in the
 * lag gauges of /metrics. On a schedule rather than at scrape time, so that a slow or absent broker
 * never slows /metrics (docs/decisions.md, consumer lag).
 */
@ApplicationScoped
public class LagExporter {

  private static final Logger LOG = Logger.getLogger(LagExporter.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Config config;
  @Inject MetricRegistry registry;

  private final Latest<List<PartitionLag>> latest = new Latest<>();
  private AdminOffsets offsets;
  private ScheduledFuture<?> schedule;
  private boolean failing;
  private volatile String group;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LagConfig settings = LagConfig.from(config);
    group = settings.group();
    offsets =
        new AdminOffsets(
            settings.kafka().bootstrapServers(), "health-lag", timeoutOf(settings.interval()));
    ConsumerLag lag = new ConsumerLag(offsets);
    LagGauges gauges = new LagGauges(registry, Clock.systemUTC(), settings.group());
    schedule =
        scheduler.scheduleWithFixedDelay(
            () -> read(lag, gauges, settings),
            0,
            settings.interval().toMillis(),
            TimeUnit.MILLISECONDS);
    LOG.info(
        () ->
            String.format(
                "Reporting the lag of group %s on %s every %d ms",
                settings.group(), settings.kafka().topic(), settings.interval().toMillis()));
  }

  private void read(ConsumerLag lag, LagGauges gauges, LagConfig settings) {
    try {
      List<PartitionLag> read = List.copyOf(lag.read(settings.group(), settings.kafka().topic()));
      gauges.update(read);
      latest.succeeded(read, Instant.now());
      if (failing) {
        LOG.info("The consumer lag can be read again");
        failing = false;
      }
    } catch (RuntimeException e) {
      // Never let an exception end the schedule; the gauges keep their last values.
      latest.failed("kafka: " + FailureText.of(e, timeoutOf(settings.interval())));
      if (!failing) {
        LOG.log(Level.WARNING, "Cannot read the consumer lag; keeping the last values", e);
        failing = true;
      }
    }
  }

  /** The latest reading, one entry per partition; its error when the latest read failed. */
  public Latest.Snapshot<List<PartitionLag>> latest() {
    return latest.snapshot();
  }

  /** Whose lag is read: storage's consumer group. */
  public String group() {
    return group;
  }

  /** At least 2 s for one answer (a broker on a busy machine), at most the interval beyond. */
  private static Duration timeoutOf(Duration interval) {
    return interval.compareTo(Duration.ofSeconds(2)) > 0 ? interval : Duration.ofSeconds(2);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
    if (offsets != null) {
      offsets.close();
    }
  }
}

package org.musicmuseum.health.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.musicmuseum.health.domain.PartitionLag;

/**
 * The lag as gauges: {@code museum_consumer_lag{group,topic,partition}} per partition, and {@code
 * museum_consumer_lag_read_age_seconds{group}}, the time since the lag was last read. When a read
 * fails the lag gauges keep their last value and only the age grows (the staleness flag); a
 * partition that a successful read no longer reports is removed.
 */
public final class LagGauges {

  /** The lag gauge's name (names agreed for issue 16). */
  public static final String LAG = "museum_consumer_lag";

  /** The read age's name before the unit's suffix ({@code _seconds}) the exporter appends. */
  public static final String READ_AGE = "museum_consumer_lag_read_age";

  private static final Metadata LAG_METADATA =
      Metadata.builder()
          .withName(LAG)
          .withDescription("Records between the group's committed offset and the partition's end")
          .build();

  private final MetricRegistry registry;
  private final Clock clock;
  private final Map<MetricID, AtomicLong> lags = new ConcurrentHashMap<>();
  private volatile Instant lastRead;

  public LagGauges(MetricRegistry registry, Clock clock, String group) {
    this.registry = registry;
    this.clock = clock;
    this.lastRead = clock.instant();
    registry.gauge(
        Metadata.builder()
            .withName(READ_AGE)
            .withDescription(
                "Seconds since the consumer lag was last read from Kafka (since start if never)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        this::readAgeSeconds,
        new Tag("group", group));
  }

  /** A successful read: every partition's lag, now. */
  public synchronized void update(List<PartitionLag> read) {
    Set<MetricID> seen = new HashSet<>();
    for (PartitionLag p : read) {
      MetricID id = idOf(p);
      seen.add(id);
      lags.computeIfAbsent(id, this::register).set(p.lag());
    }
    for (MetricID gone : Set.copyOf(lags.keySet())) {
      if (!seen.contains(gone)) {
        registry.remove(gone);
        lags.remove(gone);
      }
    }
    lastRead = clock.instant();
  }

  /** Seconds since the last successful read. */
  public double readAgeSeconds() {
    return Duration.between(lastRead, clock.instant()).toMillis() / 1000.0;
  }

  private AtomicLong register(MetricID id) {
    AtomicLong value = new AtomicLong();
    registry.gauge(LAG_METADATA, value::get, id.getTagsAsArray());
    return value;
  }

  private static MetricID idOf(PartitionLag p) {
    return new MetricID(
        LAG,
        new Tag("group", p.group()),
        new Tag("topic", p.topic()),
        new Tag("partition", Integer.toString(p.partition())));
  }
}

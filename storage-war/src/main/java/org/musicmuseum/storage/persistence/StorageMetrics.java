package org.musicmuseum.storage.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.musicmuseum.events.EventType;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.MetricTags;
import org.musicmuseum.storage.domain.WriteOutcome;

/**
 * Storage's metrics, counted once per committed transaction: rows stored per type, records
 * quarantined, events de-duplicated, the batch's size and the transaction's time. Readiness reports
 * the same counters.
 */
@ApplicationScoped
public class StorageMetrics {

  @Inject MetricRegistry registry;

  private final Map<EventType, Counter> stored = new EnumMap<>(EventType.class);
  private Counter quarantined;
  private Counter deduplicated;
  private Histogram batchSize;
  private Timer transaction;

  @PostConstruct
  void register() {
    for (EventType type : EventType.values()) {
      stored.put(type, registry.counter(MetricNames.STORAGE_STORED, MetricTags.type(type)));
    }
    quarantined = registry.counter(MetricNames.STORAGE_QUARANTINED);
    deduplicated = registry.counter(MetricNames.STORAGE_DEDUPLICATED);
    batchSize = registry.histogram(MetricNames.STORAGE_BATCH_SIZE);
    transaction = registry.timer(MetricNames.STORAGE_TRANSACTION);
  }

  /** A transaction that began at {@code startNanos} committed {@code records} records. */
  void committed(WriteOutcome outcome, int records, long startNanos) {
    MetricTags.recordSince(transaction, startNanos);
    stored.forEach((type, counter) -> counter.inc(outcome.stored(type)));
    quarantined.inc(outcome.quarantined());
    deduplicated.inc(outcome.deduplicated());
    batchSize.update(records);
  }

  /** Rows stored since the server started. */
  public long storedCount() {
    return stored.values().stream().mapToLong(Counter::getCount).sum();
  }

  /** Records quarantined since the server started. */
  public long quarantinedCount() {
    return quarantined.getCount();
  }
}

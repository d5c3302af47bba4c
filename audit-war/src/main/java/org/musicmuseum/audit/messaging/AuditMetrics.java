package org.musicmuseum.audit.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.musicmuseum.kit.metrics.MetricNames;

/**
 * Audit's metrics: records indexed and skipped (the counts readiness reports too), and the index's
 * lag behind the log's end.
 */
@ApplicationScoped
public class AuditMetrics implements IndexStatus.Counts {

  @Inject MetricRegistry registry;

  private Counter indexed;
  private Counter skipped;

  @PostConstruct
  void register() {
    indexed = registry.counter(MetricNames.AUDIT_INDEXED);
    skipped = registry.counter(MetricNames.AUDIT_SKIPPED);
  }

  /** Serves {@code status}'s lag as the index lag gauge. */
  void watchLag(IndexStatus status) {
    registry.gauge(MetricNames.AUDIT_INDEX_LAG, status, IndexStatus::lag);
  }

  @Override
  public void polled(int indexedRecords, int skippedRecords) {
    indexed.inc(indexedRecords);
    skipped.inc(skippedRecords);
  }

  @Override
  public long skipped() {
    return skipped.getCount();
  }
}

package org.musicmuseum.health.domain;

import java.time.Instant;
import org.musicmuseum.kit.metrics.PrometheusText;

/**
 * A counter summed over its labels, and the time of the read at which it was first seen to differ
 * from the read before ({@code changed_at}; none while it has not changed since health started).
 */
public final class CountReading implements MetricsSink {

  private final String metric;
  private final Latest<Long> count = new Latest<>();
  private Instant changedAt;

  /**
   * @param metric the sample's name as served, e.g. {@code museum_storage_quarantined_total}
   */
  public CountReading(String metric) {
    this.metric = metric;
  }

  @Override
  public synchronized void read(PrometheusText scrape, Instant at) {
    long value = Math.round(scrape.sum(metric));
    Latest.Snapshot<Long> before = count.snapshot();
    if (before.known() && before.value() != value) {
      changedAt = at;
    }
    count.succeeded(value, at);
  }

  @Override
  public void failed(String error) {
    count.failed(error);
  }

  public synchronized PipelineReport.Count item() {
    Latest.Snapshot<Long> now = count.snapshot();
    return new PipelineReport.Count(now.value(), changedAt, now.at(), now.error());
  }
}

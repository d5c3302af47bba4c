package org.musicmuseum.health.domain;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.PrometheusText;

/**
 * Processing's {@code museum_processing_freshness_seconds}: NaN (or absent) while processing has
 * counted nothing, which reads as a good read of no value.
 */
public final class FreshnessReading implements MetricsSink {

  private final Latest<Double> seconds = new Latest<>();

  @Override
  public void read(PrometheusText scrape, Instant at) {
    OptionalDouble value = scrape.value(MetricNames.PROCESSING_FRESHNESS, Map.of());
    seconds.succeeded(
        value.isPresent() && !Double.isNaN(value.getAsDouble()) ? value.getAsDouble() : null, at);
  }

  @Override
  public void failed(String error) {
    seconds.failed(error);
  }

  public PipelineReport.Freshness item() {
    Latest.Snapshot<Double> now = seconds.snapshot();
    return new PipelineReport.Freshness(now.value(), now.at(), now.error());
  }
}

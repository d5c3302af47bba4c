package org.musicmuseum.health.domain;

import java.time.Duration;
import java.time.Instant;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.PrometheusText;

/** The receiver's accepted events ({@code museum_receiver_accepted_total}) and their rate. */
public final class IngestReading implements MetricsSink {

  /** The counter read, summed over its labels (type). */
  public static final String ACCEPTED = MetricNames.RECEIVER_ACCEPTED + MetricNames.COUNTER;

  private final Latest<Long> total = new Latest<>();
  private final RateWindow rate;

  /**
   * @param window the rate's window
   */
  public IngestReading(Duration window) {
    this.rate = new RateWindow(window);
  }

  @Override
  public synchronized void read(PrometheusText scrape, Instant at) {
    long accepted = Math.round(scrape.sum(ACCEPTED));
    total.succeeded(accepted, at);
    rate.add(at, accepted);
  }

  @Override
  public void failed(String error) {
    total.failed(error);
  }

  /** What is known now; the rate is that of the last good reads. */
  public synchronized PipelineReport.Ingest item() {
    Latest.Snapshot<Long> now = total.snapshot();
    var perSecond = rate.perSecond();
    return new PipelineReport.Ingest(
        now.value(),
        perSecond.isPresent() ? perSecond.getAsDouble() : null,
        rate.window().toSeconds(),
        now.at(),
        now.error());
  }
}

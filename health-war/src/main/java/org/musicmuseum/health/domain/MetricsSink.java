package org.musicmuseum.health.domain;

import java.time.Instant;
import org.musicmuseum.kit.metrics.PrometheusText;

/** Takes one service's {@code /metrics} scrape, or the reason there is none. */
public interface MetricsSink {

  /** A good scrape, answered at {@code at}. */
  void read(PrometheusText scrape, Instant at);

  /** The scrape failed; {@code error} says why in a few words. */
  void failed(String error);
}

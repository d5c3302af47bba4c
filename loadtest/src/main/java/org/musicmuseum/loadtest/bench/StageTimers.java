package org.musicmuseum.loadtest.bench;

import java.time.Duration;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.PrometheusText;

/**
 * The two stages between a 201 and the counts, from the services' own timers ({@code /metrics}):
 * storage's transactions and processing's runs, read before and after a measured window, so that
 * figure 4 says where its time went.
 */
final class StageTimers {

  /** The timers' totals at one moment. */
  record Reading(Timer transactions, Timer runs) {}

  /** How many times a timer ran and for how long in all. */
  record Timer(double count, double seconds) {
    static Timer of(PrometheusText metrics, String name) {
      String timer = name + MetricNames.TIMER;
      return new Timer(metrics.sum(timer + "_count"), metrics.sum(timer + "_sum"));
    }

    /** The mean duration in ms of what ran since {@code before}; 0 when nothing ran. */
    double meanMillisSince(Timer before) {
      double n = count - before.count;
      return n == 0 ? 0 : (seconds - before.seconds) * 1000 / n;
    }

    double countSince(Timer before) {
      return count - before.count;
    }
  }

  private final BenchStack stack;

  StageTimers(BenchStack stack) {
    this.stack = stack;
  }

  Reading read() throws Exception {
    return new Reading(
        Timer.of(scrape("storage"), MetricNames.STORAGE_TRANSACTION),
        Timer.of(scrape("processing"), MetricNames.PROCESSING_RUN));
  }

  private PrometheusText scrape(String service) throws Exception {
    return PrometheusText.parse(stack.get(service, "/metrics", Duration.ofSeconds(5)));
  }
}

package org.musicmuseum.loadtest.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.musicmuseum.loadtest.http.RawHttpConnection;
import org.musicmuseum.loadtest.http.ScheduledSender;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Figure.Target;
import org.musicmuseum.loadtest.report.Histogram;
import org.musicmuseum.loadtest.report.chart.Charts;

/**
 * Figure 4, after an unmeasured warm-up at the same rate: events sent at a fixed rate (open model:
 * on schedule, whatever the answers, over 64 keep-alive connections), and {@code /processing/stats}
 * read every 10 ms. Processing counts events in storage id order, which follows the order Kafka
 * acknowledged them in, so the k-th 201 is taken as counted when the counts first reach k; its
 * freshness is that moment minus its 201.
 */
final class FreshnessBench {

  /** Issue 20: p99 of 201 → counted at most 400 ms. */
  static final Target TARGET = Target.atMost(400);

  /** The width of the buckets of the freshness histogram in results.json (and its chart). */
  static final double BUCKET_MS = 25;

  private static final Duration SETTLE = Duration.ofSeconds(60);
  private static final int SENDERS = 64;

  /**
   * A third as many events as measured go first, at the same rate, unmeasured: the services' JIT
   * reaches the same state whether figures 1-3 ran before or not ({@code --only 4}).
   */
  private static final int WARM_UP_SHARE = 3;

  private final BenchStack stack;
  private final BenchOptions options;
  private final Progress progress;

  /** The statistics are read with java.net.http; the events go over raw keep-alive connections. */
  private final ProcessingCounts counts;

  /** Where the time went: storage's transactions and processing's runs, from their metrics. */
  private final StageTimers stages;

  FreshnessBench(BenchStack stack, BenchOptions options, Progress progress) {
    this.stack = stack;
    this.options = options;
    this.progress = progress;
    this.counts = new ProcessingCounts(stack);
    this.stages = new StageTimers(stack);
  }

  Figure run() throws Exception {
    int total = (int) (options.freshnessRate() * options.freshnessDuration().toSeconds());
    int warmUp = total / WARM_UP_SHARE;
    progress.step("warming up: %,d events at %d/s, not measured", warmUp, options.freshnessRate());
    send(warmUp);
    long baseline = counts.awaitCaughtUp(progress);
    StageTimers.Reading before = stages.read();
    CountSamples samples = new CountSamples();
    Thread poller = new Thread(() -> poll(samples, baseline), "stats-poller");
    poller.setDaemon(true);
    poller.start();
    progress.step("sending %,d events at %d/s", total, options.freshnessRate());
    ScheduledSender.Outcome sent = send(total);
    List<Long> acked = sent.answeredAt();
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (samples.last() < acked.size() && System.nanoTime() < deadline) {
      Thread.sleep(20); // waiting for the poller to see the last events counted
    }
    poller.interrupt();
    poller.join();
    StageTimers.Reading after = stages.read();
    FreshnessMath.Result freshness =
        FreshnessMath.compute(acked, samples.times(), samples.counts());
    progress.step(
        "%,d accepted, %,d counted: freshness p50 %.0f ms, p99 %.0f ms, max %.0f ms",
        acked.size(),
        freshness.counted(),
        freshness.latencies().percentileMillis(50),
        freshness.latencies().percentileMillis(99),
        freshness.latencies().percentileMillis(100));
    double transactionMs = after.transactions().meanMillisSince(before.transactions());
    double runMs = after.runs().meanMillisSince(before.runs());
    double runs = after.runs().countSince(before.runs());
    progress.step(
        "meanwhile: storage transactions %.1f ms on average (%,.0f), processing runs %.1f ms (%,.0f)",
        transactionMs, after.transactions().countSince(before.transactions()), runMs, runs);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("rate_per_s", options.freshnessRate());
    details.put("storage_transaction_mean_ms", transactionMs);
    details.put("processing_run_mean_ms", runMs);
    details.put("processing_runs", runs);
    details.put("sent", total);
    details.put("accepted", acked.size());
    details.put("not_accepted", sent.failed());
    sent.failures().forEach((why, n) -> details.put("not_accepted_" + why, n));
    details.put("counted", freshness.counted());
    details.put("stats_read_failures", samples.failures());
    details.put(Charts.P50, freshness.latencies().percentileMillis(50));
    details.put("max_ms", freshness.latencies().percentileMillis(100));
    // Every event's freshness, in buckets: for the chart and results.json (not 30,000 values).
    details.put(Charts.HISTOGRAM, Histogram.of(freshness.latencies().millis(), BUCKET_MS));
    return Figure.value(
        4,
        "freshness_p99",
        "Freshness p99: 201 → counted in /processing/stats at "
            + options.freshnessRate()
            + " events/s (p50 "
            + Math.round(freshness.latencies().percentileMillis(50))
            + " ms)",
        freshness.latencies().percentileMillis(99),
        "ms",
        TARGET,
        details);
  }

  private ScheduledSender.Outcome send(int total) throws InterruptedException {
    EventBodies bodies = new EventBodies(4);
    int port = stack.port("receiver");
    List<byte[]> requests = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      boolean album = i % 2 == 0;
      requests.add(
          RawHttpConnection.post(
              BenchStack.HOST,
              port,
              album ? "/receiver/events/new_album" : "/receiver/events/new_single_song",
              "application/json",
              EventBodies.utf8(album ? bodies.album() : bodies.single())));
    }
    return new ScheduledSender(BenchStack.HOST, port, SENDERS)
        .send(requests, options.freshnessRate(), 201);
  }

  private void poll(CountSamples samples, long baseline) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        long count = counts.counted() - baseline;
        samples.add(System.nanoTime(), count);
        Thread.sleep(10); // the sampling period of the statistics
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        samples.failed();
      }
    }
  }
}

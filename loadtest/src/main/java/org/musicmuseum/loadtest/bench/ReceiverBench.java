package org.musicmuseum.loadtest.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.musicmuseum.loadtest.http.ClosedLoopLoad;
import org.musicmuseum.loadtest.http.RawHttpConnection;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Figure.Target;

/**
 * Figure 1: single-event POSTs answered per second at saturation, {@code /events/new_album} (201
 * after Kafka's ack) against {@code /noop/new_album} (the same reading and validation, no Kafka) of
 * the same server, in alternating rounds; the medians are compared.
 */
record ReceiverBench(BenchStack stack, BenchOptions options, Progress progress) {

  /** Issue 20: events POSTs at least 70 % of the no-op POSTs. */
  static final Target TARGET = Target.atLeast(0.70);

  /** The load that posts albums to the real endpoint (also used for the profile). */
  ClosedLoopLoad eventsLoad() {
    return load("/receiver/events/new_album");
  }

  private ClosedLoopLoad load(String path) {
    int port = stack.port("receiver");
    List<byte[]> requests = new ArrayList<>();
    for (byte[] body : new EventBodies(path.hashCode()).albums(1000)) {
      requests.add(RawHttpConnection.post(BenchStack.HOST, port, path, "application/json", body));
    }
    return new ClosedLoopLoad(BenchStack.HOST, port, requests);
  }

  Figure run() throws InterruptedException {
    ClosedLoopLoad noop = load("/receiver/noop/new_album");
    ClosedLoopLoad events = eventsLoad();
    // Liberty's executor sizes its pool by trial over the first minutes and C2 compiles the hot
    // paths: the first rounds of a fresh server ran at a third of its steady rate.
    progress.step("warming up both endpoints for %d s each", options.receiverWarmup().toSeconds());
    noop.run(options.connections(), options.receiverWarmup(), Duration.ofSeconds(1));
    events.run(options.connections(), options.receiverWarmup(), Duration.ofSeconds(1));
    List<ClosedLoopLoad.Result> noops = new ArrayList<>();
    List<ClosedLoopLoad.Result> posts = new ArrayList<>();
    for (int round = 1; round <= options.rounds(); round++) {
      noops.add(measure("no-op POST", noop, 201, round));
      posts.add(measure("event POST", events, 201, round));
    }
    ClosedLoopLoad.Result post = median(posts);
    ClosedLoopLoad.Result base = median(noops);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("connections", options.connections());
    details.put("rounds", options.rounds());
    details.put("seconds_per_round", options.measured().toSeconds());
    details.put("events_p50_ms", post.latencies().percentileMillis(50));
    details.put("events_p99_ms", post.latencies().percentileMillis(99));
    details.put("noop_p50_ms", base.latencies().percentileMillis(50));
    details.put("noop_p99_ms", base.latencies().percentileMillis(99));
    details.put(
        "events_not_201", posts.stream().mapToLong(r -> r.answered() - r.withStatus(201)).sum());
    details.put(
        "noop_not_201", noops.stream().mapToLong(r -> r.answered() - r.withStatus(201)).sum());
    details.put("io_failures", posts.stream().mapToLong(ClosedLoopLoad.Result::failures).sum());
    return new Figure(
        1,
        "receiver_post",
        "Receiver single-event POST vs no-op POST (same server)",
        post.perSecond(),
        base.perSecond(),
        "req/s",
        TARGET,
        details);
  }

  private ClosedLoopLoad.Result measure(String what, ClosedLoopLoad load, int expected, int round)
      throws InterruptedException {
    ClosedLoopLoad.Result result =
        load.run(options.connections(), options.warmup(), options.measured());
    progress.step(
        "round %d %-11s %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d of %d answered %d, %d I/O errors)",
        round,
        what,
        result.perSecond(),
        result.latencies().percentileMillis(50),
        result.latencies().percentileMillis(99),
        result.withStatus(expected),
        result.answered(),
        expected,
        result.failures());
    return result;
  }

  private static ClosedLoopLoad.Result median(List<ClosedLoopLoad.Result> results) {
    List<ClosedLoopLoad.Result> sorted = new ArrayList<>(results);
    sorted.sort((a, b) -> Double.compare(a.perSecond(), b.perSecond()));
    return sorted.get((sorted.size() - 1) / 2);
  }
}

package org.musicmuseum.loadtest.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.musicmuseum.loadtest.http.Latencies;

/**
 * Figure 7's measurement: albums posted one at a time at a steady rate; the k-th 201 is visible
 * when the page first shows the count before plus k.
 */
final class PageCountFreshness {

  private static final Duration SETTLE = Duration.ofSeconds(30);

  private final BenchStack stack;
  private final BenchOptions options;
  private final Progress progress;
  private final ProcessingCounts counts;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final EventBodies bodies = new EventBodies(7);

  PageCountFreshness(BenchStack stack, BenchOptions options, Progress progress) {
    this.stack = stack;
    this.options = options;
    this.progress = progress;
    this.counts = new ProcessingCounts(stack);
  }

  Latencies measure(PageWatch page) throws Exception {
    counts.awaitCaughtUp(progress);
    long base = counts.stats().getJsonNumber("num_album_events").longValue();
    page.awaitText("stat-albums", value -> Long.parseLong(value) == base, SETTLE);
    page.watch("stat-albums");
    progress.step(
        "%s: posting %d albums at %d/s", page.mode(), options.pagePosts(), options.pageRate());
    List<Long> acked = postAtSteadyRate();
    page.awaitText("stat-albums", v -> Long.parseLong(v) >= base + acked.size(), SETTLE);
    List<PageWatch.Change> changes = page.changes();
    long[] times = new long[changes.size()];
    long[] seen = new long[changes.size()];
    long highest = 0;
    for (int i = 0; i < changes.size(); i++) {
      highest = Math.max(highest, Long.parseLong(changes.get(i).value()) - base);
      times[i] = changes.get(i).atMillis() * 1_000_000;
      seen[i] = highest;
    }
    List<Long> ackNanos = acked.stream().map(ms -> ms * 1_000_000).toList();
    Latencies latencies = FreshnessMath.compute(ackNanos, times, seen).latencies();
    progress.step(
        "%s: %d of %d seen; p50 %.0f ms, p95 %.0f ms, max %.0f ms",
        page.mode(),
        latencies.count(),
        acked.size(),
        latencies.percentileMillis(50),
        latencies.percentileMillis(95),
        latencies.percentileMillis(100));
    return latencies;
  }

  /** The wall-clock milliseconds of each 201. */
  private List<Long> postAtSteadyRate() throws Exception {
    List<Long> acked = new ArrayList<>();
    long every = 1_000_000_000L / options.pageRate();
    long next = System.nanoTime();
    for (int i = 0; i < options.pagePosts(); i++) {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000)); // the steady rate
      }
      next += every;
      postAlbum();
      acked.add(System.currentTimeMillis());
    }
    return acked;
  }

  private void postAlbum() throws Exception {
    HttpResponse<Void> response =
        http.send(
            HttpRequest.newBuilder(URI.create(stack.url("receiver") + "/events/new_album"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodies.album().toString()))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("the receiver answered " + response.statusCode());
    }
  }
}

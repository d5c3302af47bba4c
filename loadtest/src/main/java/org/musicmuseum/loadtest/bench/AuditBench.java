package org.musicmuseum.loadtest.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.musicmuseum.loadtest.http.Latencies;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Figure.Target;

/**
 * Figure 5: {@code GET /audit_log/album?index=N} against {@code index=0}, one request at a time,
 * alternating, after enough albums were put on the topic (straight to Kafka, with storage and
 * processing stopped so that they do not compete) and audit has indexed them.
 */
final class AuditBench {

  private static final Duration INDEX_DEADLINE = Duration.ofMinutes(10);

  private final BenchStack stack;
  private final BenchOptions options;
  private final Progress progress;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  AuditBench(BenchStack stack, BenchOptions options, Progress progress) {
    this.stack = stack;
    this.options = options;
    this.progress = progress;
  }

  Figure run() throws Exception {
    long far = options.auditIndex();
    JsonObject counts = awaitCaughtUp(0);
    long missing = far + 1 - counts.getJsonNumber("album").longValue();
    if (missing > 0) {
      progress.step("putting %,d albums on the topic for index %,d", missing, far);
      double rate = AlbumPreload.send(stack.stack().kafkaBootstrap(), missing);
      progress.step("sent at %,.0f records/s; waiting for audit to index them", rate);
      awaitCaughtUp(far + 1);
    }
    for (int i = 0; i < options.auditLookups() / 4; i++) {
      lookup(0);
      lookup(far);
    }
    Latencies first = new Latencies();
    Latencies last = new Latencies();
    for (int i = 0; i < options.auditLookups(); i++) {
      first.add(lookup(0));
      last.add(lookup(far));
    }
    double p99First = first.percentileMillis(99);
    double p99Far = last.percentileMillis(99);
    progress.step(
        "index 0: p50 %.2f ms p99 %.2f ms; index %,d: p50 %.2f ms p99 %.2f ms",
        first.percentileMillis(50), p99First, far, last.percentileMillis(50), p99Far);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("index", far);
    details.put("lookups_each", options.auditLookups());
    details.put("index0_p50_ms", first.percentileMillis(50));
    details.put("far_p50_ms", last.percentileMillis(50));
    return new Figure(
        5,
        "audit_lookup",
        "Audit lookup p99, index " + String.format("%,d", far) + " vs index 0",
        p99Far,
        p99First,
        "ms",
        Target.atMost(1.5),
        details);
  }

  private long lookup(long index) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.url("audit") + "/album?index=" + index))
            .timeout(Duration.ofSeconds(10))
            .build();
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("audit answered " + response.statusCode() + " for " + index);
    }
    return took;
  }

  private JsonObject awaitCaughtUp(long albums) throws Exception {
    long deadline = System.nanoTime() + INDEX_DEADLINE.toNanos();
    long lastReport = System.nanoTime();
    while (true) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(stack.url("audit") + "/counts")).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonObject counts = Json.createReader(new StringReader(response.body())).readObject();
      long indexed = counts.getJsonNumber("album").longValue();
      if (counts.getBoolean("caught_up") && indexed >= albums) {
        return counts;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("audit indexed " + indexed + " of " + albums + " in time");
      }
      if (System.nanoTime() - lastReport > 5_000_000_000L) {
        progress.step("audit has indexed %,d albums", indexed);
        lastReport = System.nanoTime();
      }
      Thread.sleep(200); // the polling period of the index counts
    }
  }
}

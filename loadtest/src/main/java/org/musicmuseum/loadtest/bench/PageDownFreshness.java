package org.musicmuseum.loadtest.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.musicmuseum.loadtest.http.Latencies;

/**
 * Figure 8's measurement: a service made unresponsive (SIGSTOP) until health reports it Down; from
 * the {@code since} health gives that status to "Down" on the page. The service is resumed after
 * each round, whatever happens.
 */
final class PageDownFreshness {

  private static final String VICTIM = "audit";

  private final BenchStack stack;
  private final BenchOptions options;
  private final Progress progress;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  PageDownFreshness(BenchStack stack, BenchOptions options, Progress progress) {
    this.stack = stack;
    this.options = options;
    this.progress = progress;
  }

  Latencies measure(PageWatch page) throws Exception {
    Latencies latencies = new Latencies();
    String badge = "status-" + VICTIM;
    for (int round = 1; round <= options.downRounds(); round++) {
      page.awaitText(badge, "Running"::equals, Duration.ofMinutes(2));
      page.watch(badge);
      stack.stack().pause(VICTIM);
      Instant noticed;
      try {
        page.awaitText(badge, "Down"::equals, Duration.ofMinutes(1));
        JsonObject state = victimState();
        if (!"Down".equals(state.getString("status"))) {
          throw new IllegalStateException("the page shows Down, health says " + state);
        }
        noticed = Instant.parse(state.getString("since"));
      } finally {
        stack.stack().resume(VICTIM);
      }
      long shown =
          page.changes().stream()
              .filter(c -> c.text().equals("Down"))
              .mapToLong(PageWatch.Change::atMillis)
              .min()
              .orElseThrow();
      latencies.add(Math.max(0, shown - noticed.toEpochMilli()) * 1_000_000);
    }
    progress.step(
        "%s: Down on the page after health noticed: p50 %.0f ms, p95 %.0f ms",
        page.mode(), latencies.percentileMillis(50), latencies.percentileMillis(95));
    return latencies;
  }

  private JsonObject victimState() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(stack.url("health") + "/status")).build(),
            HttpResponse.BodyHandlers.ofString());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getJsonObject("services").getJsonObject(VICTIM);
    }
  }
}

package org.musicmuseum.loadtest.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;

/** What processing has counted, read from {@code GET /processing/stats}. */
final class ProcessingCounts {

  private static final Duration CATCH_UP = Duration.ofMinutes(15);

  private final BenchStack stack;

  ProcessingCounts(BenchStack stack) {
    this.stack = stack;
  }

  /** The statistics as processing answers them now. */
  JsonObject stats() throws Exception {
    String body = stack.get("processing", "/processing/stats", Duration.ofSeconds(2));
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** Albums plus singles counted. */
  long counted() throws Exception {
    JsonObject stats = stats();
    return stats.getJsonNumber("num_album_events").longValue()
        + stats.getJsonNumber("num_single_events").longValue();
  }

  /**
   * Waits until processing has counted everything in the DB (earlier phases leave a backlog);
   * returns that count.
   */
  long awaitCaughtUp(Progress progress) throws Exception {
    long stored = stack.storedEvents();
    long deadline = System.nanoTime() + CATCH_UP.toNanos();
    long lastReport = System.nanoTime();
    for (long counted = counted(); counted < stored; counted = counted()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "processing counted " + counted + " of " + stored + " stored events in time");
      }
      if (System.nanoTime() - lastReport > 5_000_000_000L) {
        progress.step("processing has counted %,d of %,d stored events", counted, stored);
        lastReport = System.nanoTime();
      }
      Thread.sleep(200); // the polling period of the counts
    }
    return stored;
  }
}

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
   * Waits until storage has stored everything on the topic (the events just sent included) and
   * processing has counted all of it; returns that count. Reading the DB's count once, as soon as
   * the sender was done, missed the events still on their way to the DB: processing counted them
   * later, and the freshness of as many measured events was taken as 0 (in one run of 2026-12-08,
   * 27,414 of 30,000).
   */
  long awaitCaughtUp(Progress progress) throws Exception {
    long onTopic = stack.topicEnd(); // nothing is being sent now: the topic no longer grows
    long deadline = System.nanoTime() + CATCH_UP.toNanos();
    long lastReport = System.nanoTime();
    long stored = stack.storedEvents();
    long counted = counted();
    while (stored < onTopic || counted < stored) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            String.format(
                "in %d min storage stored %,d of the %,d events on the topic, and processing"
                    + " counted %,d",
                CATCH_UP.toMinutes(), stored, onTopic, counted));
      }
      if (System.nanoTime() - lastReport > 5_000_000_000L) {
        progress.step(
            "storage has stored %,d of %,d events, processing has counted %,d",
            stored, onTopic, counted);
        lastReport = System.nanoTime();
      }
      Thread.sleep(200); // the polling period of the counts
      if (stored < onTopic) {
        stored = stack.storedEvents(); // a COUNT(*) of millions of rows: only until it is all there
      }
      counted = counted();
    }
    return counted;
  }
}

package org.musicmuseum.console.ui;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** The JSON of the health service's {@code /pipeline} and audit's {@code /trace/{id}}. */
final class PipelineBodies {

  static final String TRACE_ID = "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4";

  private PipelineBodies() {}

  /** Every item read now; the lag's latest read failed with {@code lagError} unless it is null. */
  static String pipeline(long lag, String lagError) {
    String at = Bodies.NOW.toString();
    JsonObjectBuilder storage =
        item(at).add("events", lag).add("group", "storage").add("partitions", 3);
    if (lagError != null) {
      storage.add("error", lagError);
    }
    return Json.createObjectBuilder()
        .add(
            "ingest",
            item(at).add("accepted_total", 1234).add("per_second", 12.5).add("window_seconds", 10))
        .add("storage_lag", storage)
        .add("freshness", item(at).add("seconds", 1.8))
        .add("quarantined", item(at).add("count", 2).add("changed_at", at))
        .add("skipped", item(at).add("count", 0))
        .build()
        .toString();
  }

  /** An album of {@link #TRACE_ID}, counted by run 9. */
  static String counted() {
    Instant accepted = Bodies.NOW.minusSeconds(5);
    return Json.createObjectBuilder()
        .add("trace_id", TRACE_ID)
        .add("state", "counted")
        .add("accepted_at", accepted.toString())
        .add(
            "kafka",
            Json.createObjectBuilder()
                .add("searched", true)
                .add("found", true)
                .add("partition", 2)
                .add("offset", 41)
                .add("timestamp", accepted.plusMillis(16).toString()))
        .add(
            "stored",
            Json.createObjectBuilder()
                .add("status", "stored")
                .add("table", "albums")
                .add("row_id", 17)
                .add("at", accepted.plusMillis(166).toString()))
        .add(
            "counted",
            Json.createObjectBuilder()
                .add("status", "counted")
                .add("run", 9)
                .add("at", Bodies.NOW.toString()))
        .add(
            "hops",
            Json.createObjectBuilder()
                .add("accepted_to_kafka_ms", 16)
                .add("kafka_to_stored_ms", 150)
                .add("stored_to_counted_ms", 4834))
        .build()
        .toString();
  }

  private static JsonObjectBuilder item(String at) {
    return Json.createObjectBuilder().add("at", at);
  }
}

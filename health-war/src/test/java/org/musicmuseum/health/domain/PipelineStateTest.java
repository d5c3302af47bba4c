package org.musicmuseum.health.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.kit.metrics.PrometheusText;

class PipelineStateTest {

  private static final Instant T0 = Instant.parse("2026-12-05T22:00:00Z");

  private final PipelineState state = new PipelineState(Duration.ofSeconds(10));
  private final Latest<List<PartitionLag>> lag = new Latest<>();

  private void scrape(String service, String text, Instant at) {
    state.sources().get(service).read(PrometheusText.parse(text), at);
  }

  private JsonObject json() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String text = jsonb.toJson(state.report("storage", lag.snapshot()));
      return Json.createReader(new StringReader(text)).readObject();
    }
  }

  @Test
  void feedsEachItemFromItsService() {
    assertThat(state.sources()).containsOnlyKeys("receiver", "storage", "processing", "audit");
    scrape("receiver", "museum_receiver_accepted_total{type=\"new_album\"} 4\n", T0);
    scrape(
        "receiver", "museum_receiver_accepted_total{type=\"new_album\"} 24\n", T0.plusSeconds(2));
    scrape("processing", "museum_processing_freshness_seconds 1.5\n", T0);
    scrape("storage", "museum_storage_quarantined_total 2\n", T0);
    scrape("audit", "museum_audit_skipped_total 3\n", T0);
    lag.succeeded(
        List.of(new PartitionLag("storage", "t", 0, 4), new PartitionLag("storage", "t", 1, 3)),
        T0);

    PipelineReport report = state.report("storage", lag.snapshot());

    assertThat(report.ingest())
        .isEqualTo(new PipelineReport.Ingest(24L, 10.0, 10, T0.plusSeconds(2), null));
    assertThat(report.storageLag())
        .isEqualTo(new PipelineReport.StorageLag(7L, "storage", 2, T0, null));
    assertThat(report.freshness()).isEqualTo(new PipelineReport.Freshness(1.5, T0, null));
    assertThat(report.quarantined().count()).isEqualTo(2L);
    assertThat(report.skipped().count()).isEqualTo(3L);
  }

  @Test
  void freshnessIsNullWhileProcessingCountedNothing() {
    scrape("processing", "museum_processing_freshness_seconds NaN\n", T0);

    assertThat(state.report("storage", lag.snapshot()).freshness())
        .isEqualTo(new PipelineReport.Freshness(null, T0, null));
  }

  @Test
  void aFailedLagReadKeepsTheLastLag() {
    lag.succeeded(List.of(new PartitionLag("storage", "t", 0, 5)), T0);
    lag.failed("kafka: no answer within 2000 ms");

    assertThat(state.report("storage", lag.snapshot()).storageLag())
        .isEqualTo(
            new PipelineReport.StorageLag(5L, "storage", 1, T0, "kafka: no answer within 2000 ms"));
  }

  @Test
  void theJsonHasEveryItemInSnakeCaseWithItsNulls() throws Exception {
    JsonObject json = json();

    assertThat(json.keySet())
        .containsExactly("ingest", "storage_lag", "freshness", "quarantined", "skipped");
    assertThat(json.getJsonObject("ingest").keySet())
        .containsExactly("accepted_total", "per_second", "window_seconds", "at", "error");
    assertThat(json.getJsonObject("ingest").get("accepted_total")).isEqualTo(JsonValue.NULL);
    assertThat(json.getJsonObject("ingest").getInt("window_seconds")).isEqualTo(10);
    assertThat(json.getJsonObject("storage_lag").keySet())
        .containsExactly("events", "group", "partitions", "at", "error");
    assertThat(json.getJsonObject("freshness").keySet()).containsExactly("seconds", "at", "error");
    assertThat(json.getJsonObject("quarantined").keySet())
        .containsExactly("count", "changed_at", "at", "error");
  }

  @Test
  void timesAreIsoInstants() throws Exception {
    scrape("audit", "museum_audit_skipped_total 0\n", T0);

    assertThat(json().getJsonObject("skipped").getString("at")).isEqualTo("2026-12-05T22:00:00Z");
    assertThat(json().getJsonObject("skipped").getInt("count")).isZero();
  }
}

package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.musicmuseum.testkit.Http.JSON;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.system.faults.TopicCensus;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.RawProducer.Position;
import org.musicmuseum.testkit.TestStack;

/**
 * The services together: statistics and audit agree with what was stored, and poison records on the
 * topic stop nobody. Run by {@link PipelineSystemIT}; what happens when a service is killed is
 * {@code FaultChecks}'.
 */
abstract class ServicesChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final LocalStack stack;
  private final TestStack museum;

  protected ServicesChecks(TestStack museum) {
    this.stack = museum.stack();
    this.museum = museum;
  }

  /** Posts {@code batches} batches of 50 albums and 50 singles; returns the accepted trace ids. */
  private Set<String> postMixed(int batches, int seed) {
    Set<String> traceIds = new HashSet<>();
    for (int b = 0; b < batches; b++) {
      JsonArrayBuilder batch = Json.createArrayBuilder();
      for (int i = 0; i < 50; i++) {
        int n = seed + b * 50 + i;
        batch.add(
            Payloads.item(
                "new_album", Payloads.album(n + 1, "Album " + n, "Artist " + n % 13, 1 + n % 97)));
        batch.add(
            Payloads.item(
                "new_single_song",
                Payloads.single(n + 1, "Song " + n, "Artist " + n % 17, 10 + (n % 3000) / 4.0)));
      }
      HttpResponse<String> response =
          museum.post("receiver", "/events/batch", JSON, batch.build().toString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      Http.json(response)
          .getJsonArray("results")
          .getValuesAs(JsonObject.class)
          .forEach(r -> traceIds.add(r.getString("trace_id")));
    }
    return traceIds;
  }

  /** Waits until storage holds every one of these events. */
  private void awaitStored(Set<String> traceIds) {
    String in = "('" + String.join("','", traceIds) + "')";
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                museum
                        .db()
                        .count(
                            "SELECT (SELECT COUNT(*) FROM albums WHERE trace_id IN "
                                + in
                                + ") + (SELECT COUNT(*) FROM single_songs WHERE trace_id IN "
                                + in
                                + ")")
                    == traceIds.size());
  }

  @Test
  void afterTwoThousandMixedEventsTheStatisticsEqualTheDatabase() {
    Set<String> posted = postMixed(20, 0);

    assertThat(posted).hasSize(2000);
    awaitStored(posted);
    await().atMost(PATIENCE).until(() -> Agreement.statsEqualTheDatabase(museum));
    JsonObject stats = Http.json(museum.get("processing", "/stats"));
    assertThat(stats.getJsonNumber("num_album_events").longValue()).isGreaterThanOrEqualTo(1000);
    assertThat(stats.getJsonArray("top_artists")).isNotEmpty();
    assertThat(stats.getJsonArray("events_per_minute")).isNotEmpty();
    System.out.println("statistics after 2,000 events: " + stats);
  }

  @Test
  void auditIndexIGivesTheIthEventOfItsTypeAndTheSameOneAfterARestart() {
    long before = auditAlbumsCaughtUp();
    Set<String> posted = postMixed(4, 200_000);
    long after = auditAlbumsCaughtUp();

    assertThat(after - before).isEqualTo(200);
    List<String> byIndex = new ArrayList<>();
    for (long i = before; i < after; i++) {
      HttpResponse<String> event = museum.get("audit", "/album?index=" + i);
      assertThat(event.statusCode()).as(event.body()).isEqualTo(200);
      JsonObject found = Http.json(event).getJsonObject("event");
      assertThat(found.getString("type")).isEqualTo("new_album");
      byIndex.add(found.getJsonObject("payload").getString("trace_id"));
    }
    assertThat(byIndex).doesNotHaveDuplicates().allMatch(posted::contains);
    assertThat(museum.get("audit", "/album?index=" + after).statusCode()).isEqualTo(404);

    stack.stopService("audit");
    stack.startService("audit");

    for (int k = 0; k < byIndex.size(); k += 7) {
      HttpResponse<String> again = museum.get("audit", "/album?index=" + (before + k));
      assertThat(
              Http.json(again)
                  .getJsonObject("event")
                  .getJsonObject("payload")
                  .getString("trace_id"))
          .as("index %d after a restart", before + k)
          .isEqualTo(byIndex.get(k));
    }
  }

  /** Audit's album count once it holds every valid album of the log. */
  private long auditAlbumsCaughtUp() {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> auditAlbums() == TopicCensus.validByType(stack).getOrDefault("new_album", 0L));
    return auditAlbums();
  }

  private long auditAlbums() {
    HttpResponse<String> counts = museum.get("audit", "/counts");
    return counts.statusCode() == 200 ? Http.json(counts).getInt("album") : -1;
  }

  @Test
  void poisonRecordsOnTheTopicAreQuarantinedAndCountedAndConsumersKeepGoing() {
    long skippedBefore = auditSkipped();
    long albumsBefore = Http.json(museum.get("audit", "/counts")).getInt("album");
    var valid = new NewAlbumEvent(TraceIds.random(), 424_242L, "After the poison", "Antidote", 3);
    PoisonRecords topic = new PoisonRecords(museum.producer());
    List<Position> poison = topic.sendPoison(0);
    topic.sendValid(0, valid);

    awaitStored(Set.of(valid.traceId()));
    for (Position p : poison) {
      assertThat(
              museum
                  .db()
                  .strings(
                      "SELECT reason FROM quarantine WHERE kafka_partition = %d AND kafka_offset = %d"
                          .formatted(p.partition(), p.offset())))
          .as("quarantine row of %s", p)
          .singleElement()
          .asString()
          .isNotBlank();
    }
    assertThat(checkData("storage", "consumer").getJsonNumber("quarantined").longValue())
        .isGreaterThanOrEqualTo(poison.size());
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                Http.json(museum.get("audit", "/counts")).getInt("album") == albumsBefore + 1
                    && auditSkipped() == skippedBefore + poison.size());
    System.out.printf(
        "poison at %s: quarantined by storage, skipped by audit (%d), the album after them stored%n",
        poison, auditSkipped());
  }

  private long auditSkipped() {
    return checkData("audit", "index").getJsonNumber("skipped").longValue();
  }

  /** The data of the readiness check of {@code service} whose name contains {@code check}. */
  private JsonObject checkData(String service, String check) {
    return museum.readiness(service).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").contains(check))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no readiness check named like " + check))
        .getJsonObject("data");
  }
}

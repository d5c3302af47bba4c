package org.musicmuseum.system.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.Problems;
import org.musicmuseum.testkit.TestStack;

/**
 * More than 200 malformed requests against every endpoint of every service: each gets a 4xx
 * answered as application/problem+json (never a 5xx), and none of them puts anything on the topic
 * or in the database. Run by {@code PipelineSystemIT} on its stack of all six services. The one
 * exception to "problem+json": paths with encoded dot segments, slashes or NULs, which Liberty's
 * HTTP channel answers with its own 400 page before any application code runs.
 */
public abstract class BadInputChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final TestStack museum;

  protected BadInputChecks(TestStack museum) {
    this.museum = museum;
  }

  @Test
  void everyMalformedRequestGetsA4xxProblemAndNothingIsEnqueuedOrStored() throws Exception {
    List<BadRequest> corpus = new ArrayList<>(ReceiverCorpus.all());
    corpus.addAll(ReadCorpus.all());
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
    long enqueued = topicEnd();
    Map<String, Long> stored = rowCounts();

    List<String> wrong = new ArrayList<>();
    Map<String, Integer> byService = new TreeMap<>();
    for (BadRequest bad : corpus) {
      HttpResponse<String> response = send(bad);
      Optional<String> problem =
          bad.refusedByContainer() && response.statusCode() == 400
              ? Optional.empty()
              : Problems.wrongIn(response);
      problem.ifPresent(p -> wrong.add(bad + " → " + p));
      byService.merge(bad.service() + " " + response.statusCode(), 1, Integer::sum);
    }
    assertThat(wrong).as("requests not answered with a 4xx problem").isEmpty();

    // A valid album after the corpus: once it is stored, anything the corpus had let through
    // would be stored too.
    HttpResponse<String> marker =
        museum.post(
            "receiver",
            "/events/new_album",
            Http.JSON,
            ReceiverCorpus.json(ReceiverCorpus.album()));
    assertThat(marker.statusCode()).isEqualTo(201);
    String traceId = Http.json(marker).getString("trace_id");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                museum.db().count("SELECT COUNT(*) FROM albums WHERE trace_id = '" + traceId + "'")
                    == 1);
    assertThat(topicEnd()).as("records on the topic").isEqualTo(enqueued + 1);
    Map<String, Long> expected = new TreeMap<>(stored);
    expected.merge("albums", 1L, Long::sum);
    assertThat(rowCounts()).isEqualTo(expected);
    System.out.printf(
        "%d malformed requests, answers per service and status: %s; nothing enqueued or stored%n",
        corpus.size(), byService);
  }

  private HttpResponse<String> send(BadRequest bad) {
    HttpRequest.Builder request =
        museum
            .http()
            .builder(museum.url(bad.service(), bad.path()))
            .method(
                bad.method(),
                bad.body().isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(bad.body()));
    bad.headers().forEach(request::header);
    return museum.http().send(request.build());
  }

  private long topicEnd() {
    return museum.topicSize();
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : List.of("albums", "single_songs", "quarantine")) {
      counts.put(table, museum.db().count("SELECT COUNT(*) FROM " + table));
    }
    return counts;
  }
}

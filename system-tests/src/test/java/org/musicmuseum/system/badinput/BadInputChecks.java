package org.musicmuseum.system.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.stack.kafka.TopicOffsets;
import org.musicmuseum.system.MuseumClient;

/**
 * More than 200 malformed requests against every endpoint of every service: each gets a 4xx
 * answered as application/problem+json (never a 5xx), and none of them puts anything on the topic
 * or in the database. Run by {@code PipelineSystemIT} on its stack of all six services. The one
 * exception to "problem+json": paths with encoded dot segments, slashes or NULs, which Liberty's
 * HTTP channel answers with its own 400 page before any application code runs.
 */
public abstract class BadInputChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final LocalStack stack;
  private final MuseumClient client;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  protected BadInputChecks(LocalStack stack, MuseumClient client) {
    this.stack = stack;
    this.client = client;
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
              : problemIn(response);
      problem.ifPresent(p -> wrong.add(bad + " → " + p));
      byService.merge(bad.service() + " " + response.statusCode(), 1, Integer::sum);
    }
    assertThat(wrong).as("requests not answered with a 4xx problem").isEmpty();

    // A valid album after the corpus: once it is stored, anything the corpus had let through
    // would be stored too.
    HttpResponse<String> marker =
        client.post(
            "receiver",
            "/events/new_album",
            MuseumClient.JSON,
            ReceiverCorpus.json(ReceiverCorpus.album()));
    assertThat(marker.statusCode()).isEqualTo(201);
    String traceId = MuseumClient.json(marker).getString("trace_id");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                client.count("SELECT COUNT(*) FROM albums WHERE trace_id = '" + traceId + "'")
                    == 1);
    assertThat(topicEnd()).as("records on the topic").isEqualTo(enqueued + 1);
    Map<String, Long> expected = new TreeMap<>(stored);
    expected.merge("albums", 1L, Long::sum);
    assertThat(rowCounts()).isEqualTo(expected);
    System.out.printf(
        "%d malformed requests, answers per service and status: %s; nothing enqueued or stored%n",
        corpus.size(), byService);
  }

  private HttpResponse<String> send(BadRequest bad) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stack.serviceUrl(bad.service()) + bad.path()))
            .timeout(Duration.ofSeconds(30))
            .method(
                bad.method(),
                bad.body().isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(bad.body()));
    bad.headers().forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What is wrong with the answer to a malformed request, if anything. */
  private static Optional<String> problemIn(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status < 400 || status > 499) {
      return Optional.of("status " + status + ": " + abbreviated(response.body()));
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/problem+json")) {
      return Optional.of(status + " as " + type + ": " + abbreviated(response.body()));
    }
    try {
      JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
      return problem.getInt("status", 0) == status && problem.containsKey("title")
          ? Optional.empty()
          : Optional.of(status + " with a problem that does not say so: " + response.body());
    } catch (JsonException | ClassCastException e) {
      return Optional.of(status + " with a body that is not a problem: " + response.body());
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  private long topicEnd() throws Exception {
    return TopicOffsets.endSum(stack.kafkaBootstrap(), Topics.MUSIC_EVENTS);
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : List.of("albums", "single_songs", "quarantine")) {
      counts.put(table, client.count("SELECT COUNT(*) FROM " + table));
    }
    return counts;
  }
}

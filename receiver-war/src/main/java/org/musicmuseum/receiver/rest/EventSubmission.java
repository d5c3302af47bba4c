package org.musicmuseum.receiver.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.events.Violation;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.receiver.config.ReceiverConfig;
import org.musicmuseum.receiver.service.IngestService;
import org.musicmuseum.receiver.service.ReceiverMetrics;
import org.musicmuseum.receiver.service.ReceiverMetrics.Reason;

/** Reads, validates and publishes one event, answering when Kafka has acknowledged it. */
@ApplicationScoped
public class EventSubmission {

  /** A safety net: the producer's own delivery timeout answers first. */
  private static final long RESPONSE_TIMEOUT_SECONDS = 10;

  @Inject IngestService ingest;
  @Inject ReceiverConfig config;
  @Inject ReceiverMetrics metrics;

  void submit(EventType type, EventHeaders headers, InputStream body, AsyncResponse response) {
    long arrival = System.nanoTime();
    try {
      publish(type, headers, body, response, arrival);
    } catch (WebApplicationException refused) {
      metrics.refused(type.wireName(), refused.getResponse().getStatus());
      throw refused;
    }
  }

  private void publish(
      EventType type,
      EventHeaders headers,
      InputStream body,
      AsyncResponse response,
      long arrival) {
    Optional<String> idempotencyKey = checkedKey(headers.idempotencyKey);
    JsonValue json = Bodies.readJson(headers.contentLength, body, config.maxBodyBytes());
    MusicEvent event = ingest.validate(type, json, idempotencyKey).orElseThrow(Bodies::refused);
    // The safety net runs on the JDK's one delay thread: AsyncResponse.setTimeout scheduled a task
    // per request on the server's executor, which showed in the profile (docs/benchmarks.md).
    ingest
        .publish(event)
        .toCompletableFuture()
        .orTimeout(RESPONSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .whenComplete(
            (ok, error) -> {
              if (error == null) {
                metrics.accepted(type, arrival);
                response.resume(
                    Response.status(Response.Status.CREATED)
                        .entity(new Accepted(event.traceId()))
                        .build());
              } else {
                metrics.refused(type.wireName(), Reason.KAFKA_UNAVAILABLE);
                response.resume(unavailable());
              }
            });
  }

  /** The Idempotency-Key header, checked; 400 when it is malformed. */
  static Optional<String> checkedKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    Optional<String> problem = TraceIds.checkIdempotencyKey(key);
    if (problem.isPresent()) {
      throw Bodies.refused(List.of(new Violation(EventHeaders.IDEMPOTENCY_KEY, problem.get())));
    }
    return Optional.of(key);
  }

  private Response unavailable() {
    return Problems.unavailable(
        config.retryAfterSeconds(),
        "Kafka did not acknowledge the event in time; it may not be stored. Retry with the same"
            + " Idempotency-Key.");
  }
}

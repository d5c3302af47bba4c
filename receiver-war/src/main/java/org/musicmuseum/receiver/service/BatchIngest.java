package org.musicmuseum.receiver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.ParseResult;
import org.musicmuseum.events.Violation;
import org.musicmuseum.receiver.domain.BatchItemResult;
import org.musicmuseum.receiver.domain.BatchResult;

/** Validates every record of a batch and publishes the valid ones concurrently. */
@ApplicationScoped
public class BatchIngest {

  @Inject IngestService ingest;

  /** The records, each already read as JSON or refused with its violations. */
  public CompletionStage<BatchResult> ingest(List<ParseResult<JsonValue>> records) {
    List<CompletableFuture<BatchItemResult>> results = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      results.add(ingestOne(i, records.get(i)));
    }
    return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
        .thenApply(done -> BatchResult.of(results.stream().map(CompletableFuture::join).toList()));
  }

  private CompletableFuture<BatchItemResult> ingestOne(int index, ParseResult<JsonValue> record) {
    return record
        .flatMap(BatchItem::parse)
        .flatMap(this::validate)
        .fold(
            violations ->
                CompletableFuture.completedFuture(BatchItemResult.invalid(index, violations)),
            event -> publish(index, event));
  }

  /** The item's event; its violations are named from the record, under {@code payload}. */
  private ParseResult<MusicEvent> validate(BatchItem item) {
    ParseResult<MusicEvent> event =
        ingest.validate(item.type(), item.payload(), item.idempotencyKey());
    return event.fold(
        violations ->
            new ParseResult.Invalid<>(violations.stream().map(this::underPayload).toList()),
        valid -> event);
  }

  private Violation underPayload(Violation v) {
    return new Violation(v.field().isEmpty() ? "payload" : "payload." + v.field(), v.message());
  }

  private CompletableFuture<BatchItemResult> publish(int index, MusicEvent event) {
    return ingest
        .publish(event)
        .handle(
            (ok, error) ->
                error == null
                    ? BatchItemResult.accepted(index, event.traceId())
                    : BatchItemResult.unavailable(index))
        .toCompletableFuture();
  }
}

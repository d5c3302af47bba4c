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
    if (record instanceof ParseResult.Invalid<JsonValue> invalid) {
      return CompletableFuture.completedFuture(
          BatchItemResult.invalid(index, invalid.violations()));
    }
    ParseResult<BatchItem> parsed =
        BatchItem.parse(((ParseResult.Valid<JsonValue>) record).value());
    if (parsed instanceof ParseResult.Invalid<BatchItem> invalid) {
      return CompletableFuture.completedFuture(
          BatchItemResult.invalid(index, invalid.violations()));
    }
    BatchItem item = ((ParseResult.Valid<BatchItem>) parsed).value();
    ParseResult<MusicEvent> event =
        ingest.validate(item.type(), item.payload(), item.idempotencyKey());
    if (event instanceof ParseResult.Invalid<MusicEvent> invalid) {
      List<Violation> prefixed =
          invalid.violations().stream()
              .map(
                  v ->
                      new Violation(
                          v.field().isEmpty() ? "payload" : "payload." + v.field(), v.message()))
              .toList();
      return CompletableFuture.completedFuture(BatchItemResult.invalid(index, prefixed));
    }
    MusicEvent valid = ((ParseResult.Valid<MusicEvent>) event).value();
    return ingest
        .publish(valid)
        .handle(
            (ok, error) ->
                error == null
                    ? BatchItemResult.accepted(index, valid.traceId())
                    : BatchItemResult.unavailable(index))
        .toCompletableFuture();
  }
}

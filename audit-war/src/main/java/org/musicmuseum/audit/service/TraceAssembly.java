package org.musicmuseum.audit.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.musicmuseum.audit.client.Reply;
import org.musicmuseum.audit.domain.RunCounting;
import org.musicmuseum.audit.domain.StoredRow;
import org.musicmuseum.audit.domain.TraceAnswer;
import org.musicmuseum.audit.domain.TraceAnswer.CountedHop;
import org.musicmuseum.audit.domain.TraceAnswer.Hops;
import org.musicmuseum.audit.domain.TraceAnswer.KafkaHop;
import org.musicmuseum.audit.domain.TraceAnswer.StoredHop;
import org.musicmuseum.audit.messaging.TraceScan;

/**
 * Puts the answers of Kafka, storage and processing together into one {@link TraceAnswer}: each hop
 * as its source told it, the furthest state reached, and how long each hop took.
 */
public final class TraceAssembly {

  static final String NO_TIME =
      "the trace id carries no time (one derived from an Idempotency-Key): the log cannot be"
          + " searched for it, so the answer comes from storage alone";

  private TraceAssembly() {}

  /**
   * @param traceId the id asked for
   * @param idTime when the id was made, when it says
   * @param scan the search of the log; empty when it was not searched (the id has no time)
   * @param stored storage's answer
   * @param counting processing's answer; empty when it was not asked (nothing stored)
   */
  public static TraceOutcome assemble(
      String traceId,
      Optional<Instant> idTime,
      Optional<TraceScan> scan,
      Reply<StoredRow> stored,
      Optional<Reply<RunCounting>> counting) {
    boolean inKafka = scan.filter(TraceScan.Found.class::isInstance).isPresent();
    if (!inKafka && !(stored instanceof Reply.Found<StoredRow>)) {
      Optional<String> failure =
          scan.filter(TraceScan.Unavailable.class::isInstance)
              .map(s -> "Kafka: " + ((TraceScan.Unavailable) s).reason())
              .or(() -> failure(stored).map(reason -> "storage " + reason));
      return failure
          .<TraceOutcome>map(TraceOutcome.CannotTell::new)
          .orElseGet(TraceOutcome.Unknown::new);
    }
    Optional<StoredRow> row = found(stored);
    KafkaHop kafka = scan.map(TraceAssembly::kafkaHop).orElseGet(() -> unsearched(row));
    StoredHop storedHop = storedHop(stored);
    CountedHop countedHop = countedHop(row, counting);
    Optional<Instant> accepted =
        scan.filter(TraceScan.Found.class::isInstance)
            .flatMap(s -> ((TraceScan.Found) s).acceptedAt())
            .or(() -> row.map(StoredRow::acceptedAt))
            .or(() -> idTime);
    return new TraceOutcome.Answered(
        new TraceAnswer(
            traceId,
            state(kafka, storedHop, countedHop),
            accepted.orElse(null),
            kafka,
            storedHop,
            countedHop,
            new Hops(
                millis(accepted, Optional.ofNullable(kafka.timestamp())),
                millis(Optional.ofNullable(kafka.timestamp()), row.map(StoredRow::storedAt)),
                millis(row.map(StoredRow::storedAt), Optional.ofNullable(countedHop.at())))));
  }

  private static KafkaHop kafkaHop(TraceScan scan) {
    if (scan instanceof TraceScan.Found f) {
      return new KafkaHop(true, true, f.partition(), f.offset(), f.timestamp(), null);
    }
    if (scan instanceof TraceScan.Missing m) {
      return new KafkaHop(
          true,
          false,
          m.partition(),
          null,
          null,
          "no record with this key near the id's time in partition "
              + m.partition()
              + " ("
              + m.scanned()
              + " records read)");
    }
    return new KafkaHop(
        true, false, null, null, null, "Kafka: " + ((TraceScan.Unavailable) scan).reason());
  }

  /** The log was not searched; the stored row says where the record was. */
  private static KafkaHop unsearched(Optional<StoredRow> row) {
    return new KafkaHop(
        false,
        row.isPresent(),
        row.map(StoredRow::partition).orElse(null),
        row.map(StoredRow::offset).orElse(null),
        null,
        NO_TIME);
  }

  private static StoredHop storedHop(Reply<StoredRow> stored) {
    if (stored instanceof Reply.Found<StoredRow> f) {
      StoredRow row = f.value();
      return new StoredHop("stored", row.table(), row.rowId(), row.storedAt(), null);
    }
    if (stored instanceof Reply.Missing<StoredRow>) {
      return new StoredHop("not_stored", null, null, null, null);
    }
    return new StoredHop("unknown", null, null, null, "storage " + failure(stored).orElse(""));
  }

  private static CountedHop countedHop(
      Optional<StoredRow> row, Optional<Reply<RunCounting>> counting) {
    if (row.isEmpty() || counting.isEmpty()) {
      return new CountedHop("not_counted", null, null, null);
    }
    Reply<RunCounting> reply = counting.get();
    if (!(reply instanceof Reply.Found<RunCounting> f)) {
      String reason =
          reply instanceof Reply.Missing<RunCounting> ? "answered 404" : failure(reply).orElse("");
      return new CountedHop("unknown", null, null, "processing " + reason);
    }
    RunCounting answer = f.value();
    if (!answer.counted()) {
      return new CountedHop("not_counted", null, null, null);
    }
    if (answer.run() == null) {
      return new CountedHop(
          "counted", null, null, "counted by a run older than the runs processing keeps");
    }
    return new CountedHop("counted", answer.run().run(), answer.run().at(), null);
  }

  private static String state(KafkaHop kafka, StoredHop stored, CountedHop counted) {
    if ("counted".equals(counted.status())) {
      return "counted";
    }
    return "stored".equals(stored.status()) ? "stored" : kafka.found() ? "in_kafka" : "unknown";
  }

  private static <T> Optional<T> found(Reply<T> reply) {
    return reply instanceof Reply.Found<T> f ? Optional.of(f.value()) : Optional.empty();
  }

  private static <T> Optional<String> failure(Reply<T> reply) {
    return reply instanceof Reply.Failed<T> f ? Optional.of(f.reason()) : Optional.empty();
  }

  private static Long millis(Optional<Instant> from, Optional<Instant> to) {
    return from.isPresent() && to.isPresent()
        ? Duration.between(from.get(), to.get()).toMillis()
        : null;
  }
}

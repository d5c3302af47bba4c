package org.musicmuseum.receiver.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.musicmuseum.events.Violation;

/**
 * What became of one batch record: 201 with its trace id, 400 with its violations, or 503.
 *
 * @param index the record's position in the batch, from 0
 * @param status the HTTP status it would have had alone
 * @param traceId its trace id when accepted, else absent
 * @param violations why it was refused (400), else empty
 * @param detail a human-readable note for failures, else absent
 */
@JsonbPropertyOrder({"index", "status", "traceId", "violations", "detail"})
public record BatchItemResult(
    int index,
    int status,
    @JsonbProperty("trace_id") String traceId,
    List<Violation> violations,
    String detail) {

  public static BatchItemResult accepted(int index, String traceId) {
    return new BatchItemResult(index, 201, traceId, List.of(), null);
  }

  public static BatchItemResult invalid(int index, List<Violation> violations) {
    return new BatchItemResult(index, 400, null, violations, "invalid record; not stored");
  }

  public static BatchItemResult unavailable(int index) {
    return new BatchItemResult(index, 503, null, List.of(), "Kafka did not acknowledge it; retry");
  }
}

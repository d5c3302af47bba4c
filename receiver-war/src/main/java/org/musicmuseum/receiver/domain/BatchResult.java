package org.musicmuseum.receiver.domain;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The outcome of a batch, one result per record in the order sent.
 *
 * @param accepted how many records Kafka acknowledged
 * @param rejected how many were invalid (400)
 * @param failed how many could not be published (503); retry those
 * @param results per record
 */
@JsonbPropertyOrder({"accepted", "rejected", "failed", "results"})
public record BatchResult(int accepted, int rejected, int failed, List<BatchItemResult> results) {

  public static BatchResult of(List<BatchItemResult> results) {
    int accepted = (int) results.stream().filter(r -> r.status() == 201).count();
    int rejected = (int) results.stream().filter(r -> r.status() == 400).count();
    return new BatchResult(accepted, rejected, results.size() - accepted - rejected, results);
  }
}

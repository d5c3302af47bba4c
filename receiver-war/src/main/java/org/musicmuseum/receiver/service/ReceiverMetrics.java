package org.musicmuseum.receiver.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.musicmuseum.events.EventType;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.MetricTags;
import org.musicmuseum.receiver.domain.BatchItemResult;
import org.musicmuseum.receiver.domain.BatchResult;

/**
 * The receiver's metrics: events accepted and refused, and the time from a request's arrival to
 * Kafka's acknowledgement. The accepted counters and the timer are registered once; refusals look
 * theirs up (the rare path).
 */
@ApplicationScoped
public class ReceiverMetrics {

  /** Why an event was refused: the {@code reason} label's values. */
  public enum Reason {
    INVALID("invalid"),
    TOO_LARGE("too_large"),
    KAFKA_UNAVAILABLE("kafka_unavailable");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The reason of a refusal answered with that status: 400 invalid, 413 too large. */
    public static Optional<Reason> ofStatus(int status) {
      return switch (status) {
        case 400 -> Optional.of(INVALID);
        case 413 -> Optional.of(TOO_LARGE);
        case 503 -> Optional.of(KAFKA_UNAVAILABLE);
        default -> Optional.empty();
      };
    }
  }

  @Inject MetricRegistry registry;

  private final Map<EventType, Counter> accepted = new EnumMap<>(EventType.class);
  private Timer publish;

  @PostConstruct
  void register() {
    for (EventType type : EventType.values()) {
      accepted.put(type, registry.counter(MetricNames.RECEIVER_ACCEPTED, MetricTags.type(type)));
    }
    publish = registry.timer(MetricNames.RECEIVER_PUBLISH);
  }

  /** Kafka acknowledged an event whose request arrived at {@code arrivalNanos}. */
  public void accepted(EventType type, long arrivalNanos) {
    accepted.get(type).inc();
    MetricTags.recordSince(publish, arrivalNanos);
  }

  /**
   * Counts each record of a batch as it would have counted alone; an accepted record is timed up to
   * the batch's answer (the last acknowledgement).
   *
   * @param types each record's type (wire name or {@link MetricTags#UNKNOWN_TYPE}), in order
   */
  public void batch(List<String> types, BatchResult result, long arrivalNanos) {
    for (BatchItemResult item : result.results()) {
      String type = types.get(item.index());
      Optional<EventType> known = EventType.fromWireName(type);
      if (item.status() == 201 && known.isPresent()) {
        accepted(known.get(), arrivalNanos);
      } else {
        refused(type, item.status());
      }
    }
  }

  /** An event of that type (wire name or {@link MetricTags#UNKNOWN_TYPE}) was refused. */
  public void refused(String type, Reason reason) {
    registry
        .counter(
            MetricNames.RECEIVER_REFUSED,
            MetricTags.type(type),
            new Tag(MetricTags.REASON, reason.label()))
        .inc();
  }

  /**
   * A refusal answered with {@code status}; statuses that are no refusal reason are not counted.
   */
  public void refused(String type, int status) {
    Reason.ofStatus(status).ifPresent(reason -> refused(type, reason));
  }
}

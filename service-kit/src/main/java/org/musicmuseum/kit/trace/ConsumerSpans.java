package org.musicmuseum.kit.trace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * One CONSUMER span per polled record, a child of the context its headers carry (the producer's
 * span), open while the work on the whole poll runs (through the database commit of its batch).
 * Attributes follow the messaging conventions, plus the event's own trace id (the record key).
 */
public final class ConsumerSpans {

  /** The instrumentation scope of the spans. */
  public static final String SCOPE = "org.musicmuseum.kit.trace";

  static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation");
  static final AttributeKey<String> DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");
  static final AttributeKey<Long> PARTITION =
      AttributeKey.longKey("messaging.kafka.destination.partition");
  static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.message.offset");

  /** The event's own trace_id (the record key), which clients hold; not the W3C trace id. */
  public static final AttributeKey<String> EVENT_TRACE_ID =
      AttributeKey.stringKey("museum.event.trace_id");

  private final Tracer tracer;
  private final TraceHeaders headers;
  private final String spanName;

  public ConsumerSpans(OpenTelemetry telemetry, String topic) {
    this.tracer = telemetry.getTracer(SCOPE);
    this.headers = new TraceHeaders(telemetry.getPropagators().getTextMapPropagator());
    this.spanName = topic + " process";
  }

  /**
   * Opens a span for each record of a poll; the caller ends them once the work on the poll is done
   * (possibly on another thread).
   */
  public Opened open(ConsumerRecords<String, ?> records) {
    List<Span> spans = new ArrayList<>(records.count());
    for (ConsumerRecord<String, ?> record : records) {
      spans.add(start(record));
    }
    return new Opened(spans);
  }

  /** The open spans of one poll. */
  public static final class Opened {
    private final List<Span> spans;

    private Opened(List<Span> spans) {
      this.spans = spans;
    }

    /** The work succeeded: ends every span. */
    public void end() {
      spans.forEach(Span::end);
    }

    /** The work failed: marks every span as failed and ends it. */
    public void fail(Throwable error) {
      for (Span span : spans) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
        span.end();
      }
    }
  }

  private Span start(ConsumerRecord<String, ?> record) {
    var builder =
        tracer
            .spanBuilder(spanName)
            .setParent(headers.extract(record.headers()))
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(SYSTEM, "kafka")
            .setAttribute(OPERATION, "process")
            .setAttribute(DESTINATION, record.topic())
            .setAttribute(PARTITION, (long) record.partition())
            .setAttribute(OFFSET, record.offset());
    if (record.key() != null) {
      builder.setAttribute(EVENT_TRACE_ID, record.key());
    }
    return builder.startSpan();
  }
}

package org.musicmuseum.kit.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ConsumerSpansTest {

  private static final String TOPIC = "music-events";
  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  private final List<SpanData> exported = new CopyOnWriteArrayList<>();
  private final ConsumerSpans spans =
      new ConsumerSpans(
          OpenTelemetrySdk.builder()
              .setTracerProvider(
                  SdkTracerProvider.builder()
                      .addSpanProcessor(SimpleSpanProcessor.create(new Collecting()))
                      .build())
              .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
              .build(),
          TOPIC);

  private static ConsumerRecords<String, byte[]> poll(ConsumerRecord<String, byte[]>... records) {
    return new ConsumerRecords<>(Map.of(new TopicPartition(TOPIC, 1), List.of(records)), Map.of());
  }

  private static ConsumerRecord<String, byte[]> record(long offset, String key, String parent) {
    var record = new ConsumerRecord<>(TOPIC, 1, offset, key, new byte[0]);
    if (parent != null) {
      record.headers().add("traceparent", parent.getBytes(StandardCharsets.UTF_8));
    }
    return record;
  }

  @Test
  void eachRecordGetsAConsumerSpanUnderTheProducersSpan() throws Exception {
    spans.open(poll(record(41, "event-1", TRACEPARENT))).end();

    assertThat(exported).hasSize(1);
    SpanData span = exported.get(0);
    assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(span.getName()).isEqualTo("music-events process");
    assertThat(span.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(span.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
    assertThat(span.getAttributes().get(ConsumerSpans.SYSTEM)).isEqualTo("kafka");
    assertThat(span.getAttributes().get(ConsumerSpans.DESTINATION)).isEqualTo(TOPIC);
    assertThat(span.getAttributes().get(ConsumerSpans.PARTITION)).isEqualTo(1L);
    assertThat(span.getAttributes().get(ConsumerSpans.OFFSET)).isEqualTo(41L);
    assertThat(span.getAttributes().get(ConsumerSpans.EVENT_TRACE_ID)).isEqualTo("event-1");
  }

  @Test
  void aRecordWithoutTraceHeadersStartsATraceOfItsOwn() throws Exception {
    spans.open(poll(record(1, "a", TRACEPARENT), record(2, "b", null))).end();

    assertThat(exported).hasSize(2);
    SpanData orphan = exported.get(1);
    assertThat(orphan.getParentSpanContext().isValid()).isFalse();
    assertThat(orphan.getTraceId()).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
  }

  @Test
  void theSpansEndOnlyWhenToldAndAFailureMarksEveryOne() {
    ConsumerSpans.Opened opened =
        spans.open(poll(record(1, "a", TRACEPARENT), record(2, "b", TRACEPARENT)));
    assertThat(exported).isEmpty();

    opened.fail(new IllegalStateException("database down"));

    assertThat(exported)
        .hasSize(2)
        .allMatch(s -> s.getStatus().getStatusCode() == StatusCode.ERROR);
    assertThat(exported).allMatch(s -> s.getEvents().get(0).getName().equals("exception"));
  }

  /** Keeps what the SDK exports. */
  private final class Collecting implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      exported.addAll(spans);
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}

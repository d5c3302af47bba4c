package org.musicmuseum.kit.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceHeadersTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";

  private final TraceHeaders headers = new TraceHeaders(W3CTraceContextPropagator.getInstance());

  private static Context remoteParent() {
    SpanContext parent =
        SpanContext.createFromRemoteParent(
            TRACE_ID,
            SPAN_ID,
            TraceFlags.getSampled(),
            TraceState.builder().put("museum", "x").build());
    return Context.root().with(Span.wrap(parent));
  }

  @Test
  void theCurrentContextTravelsAsTraceparentAndTracestateHeaders() {
    RecordHeaders carrier = new RecordHeaders();

    headers.inject(remoteParent(), carrier);

    assertThat(new String(carrier.lastHeader("traceparent").value(), StandardCharsets.UTF_8))
        .isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
    assertThat(new String(carrier.lastHeader("tracestate").value(), StandardCharsets.UTF_8))
        .isEqualTo("museum=x");
  }

  @Test
  void whatWasInjectedIsExtractedAsTheRemoteParent() {
    RecordHeaders carrier = new RecordHeaders();
    headers.inject(remoteParent(), carrier);

    SpanContext extracted = Span.fromContext(headers.extract(carrier)).getSpanContext();

    assertThat(extracted.isRemote()).isTrue();
    assertThat(extracted.getTraceId()).isEqualTo(TRACE_ID);
    assertThat(extracted.getSpanId()).isEqualTo(SPAN_ID);
    assertThat(extracted.getTraceState().get("museum")).isEqualTo("x");
  }

  @Test
  void aRecordSentAgainCarriesOneTraceparentTheNewest() {
    RecordHeaders carrier = new RecordHeaders();
    carrier.add(
        "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes());

    headers.inject(remoteParent(), carrier);

    assertThat(carrier.headers("traceparent")).hasSize(1);
    assertThat(Span.fromContext(headers.extract(carrier)).getSpanContext().getTraceId())
        .isEqualTo(TRACE_ID);
  }

  @Test
  void aRecordWithoutTraceHeadersGivesNoParent() {
    RecordHeaders carrier = new RecordHeaders();
    carrier.add("other", "value".getBytes(StandardCharsets.UTF_8));

    assertThat(Span.fromContext(headers.extract(carrier)).getSpanContext().isValid()).isFalse();
  }

  @Test
  void noCurrentSpanWritesNoHeader() {
    RecordHeaders carrier = new RecordHeaders();

    headers.inject(Context.root(), carrier);

    assertThat(carrier.toArray()).isEmpty();
  }
}

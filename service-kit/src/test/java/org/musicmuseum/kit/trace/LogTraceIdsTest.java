package org.musicmuseum.kit.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogTraceIdsTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  private static Map<String, String> logRecordExtensions() {
    Map<String, String> extensions = new HashMap<>();
    LogRecordContext.getExtensions(extensions);
    return extensions;
  }

  @Test
  void aRecordWrittenInsideASpanCarriesItsTraceIdAndOneOutsideCarriesNone() {
    try (LogTraceIds registered = LogTraceIds.register().orElseThrow()) {
      Span span =
          Span.wrap(
              SpanContext.create(
                  TRACE_ID, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault()));
      try (Scope scope = span.makeCurrent()) {
        assertThat(logRecordExtensions()).containsEntry(LogTraceIds.KEY, TRACE_ID);
      }
      assertThat(logRecordExtensions()).doesNotContainKey(LogTraceIds.KEY);
    }
  }

  @Test
  void closingUnregistersSoTheApplicationCanStartAgain() {
    LogTraceIds.register().orElseThrow().close();

    assertThat(LogRecordContext.unregisterExtension(LogTraceIds.KEY)).isFalse();
    LogTraceIds.register().orElseThrow().close();
  }
}

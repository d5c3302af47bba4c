package org.musicmuseum.kit.trace;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Trace context on a Kafka record's headers ({@code traceparent}, {@code tracestate} with the W3C
 * propagator), written and read through the configured OpenTelemetry propagator. The producer
 * injects the current context before sending; the consumer extracts it per record.
 */
public final class TraceHeaders {

  private final TextMapPropagator propagator;

  public TraceHeaders(TextMapPropagator propagator) {
    this.propagator = propagator;
  }

  /** Writes {@code context} onto {@code headers}, replacing trace headers already there. */
  public void inject(Context context, Headers headers) {
    propagator.inject(context, headers, Setter.INSTANCE);
  }

  /** The context the headers carry, or the root context when they carry none. */
  public Context extract(Headers headers) {
    return propagator.extract(Context.root(), headers, Getter.INSTANCE);
  }

  /** Sets a header as UTF-8 bytes; a propagator field occurs once. */
  enum Setter implements TextMapSetter<Headers> {
    INSTANCE;

    @Override
    public void set(Headers carrier, String key, String value) {
      if (carrier != null) {
        carrier.remove(key);
        carrier.add(key, value.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Reads the last header of a name as UTF-8. */
  enum Getter implements TextMapGetter<Headers> {
    INSTANCE;

    @Override
    public Iterable<String> keys(Headers carrier) {
      List<String> keys = new ArrayList<>();
      for (Header header : carrier) {
        keys.add(header.key());
      }
      return keys;
    }

    /** Null when absent: the contract of {@link TextMapGetter#get}. */
    @Override
    public String get(Headers carrier, String key) {
      if (carrier == null) {
        return null;
      }
      Header header = carrier.lastHeader(key);
      return header == null || header.value() == null
          ? null
          : new String(header.value(), StandardCharsets.UTF_8);
    }
  }
}

package org.musicmuseum.kit.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * Puts the current span's W3C trace id on every log record Liberty writes from a thread that has
 * one (a request the server traces): Liberty's JSON logs show it as {@code ext_traceId}. It is a
 * Liberty log-record extension ({@code com.ibm.websphere.logging.hpel.LogRecordContext}, an IBM API
 * no Maven artifact holds, hence reflection), asked for its value only when a record is written, so
 * a request that logs nothing pays nothing. Close it when the application stops.
 */
public final class LogTraceIds implements AutoCloseable {

  /** The extension's key: the JSON field {@code ext_traceId}. */
  public static final String KEY = "traceId";

  static final String LOG_RECORD_CONTEXT = "com.ibm.websphere.logging.hpel.LogRecordContext";

  private final Class<?> context;

  /** Liberty keeps only a weak reference to an extension: this one lives as long as we do. */
  private final Object extension;

  private LogTraceIds(Class<?> context, Object extension) {
    this.context = context;
    this.extension = extension;
  }

  /** Registers the extension; empty outside Liberty (unit tests, another runtime). */
  public static Optional<LogTraceIds> register() {
    try {
      ClassLoader loader = LogTraceIds.class.getClassLoader();
      Class<?> context = Class.forName(LOG_RECORD_CONTEXT, true, loader);
      Class<?> type = Class.forName(LOG_RECORD_CONTEXT + "$Extension", true, loader);
      Object extension =
          Proxy.newProxyInstance(
              loader, new Class<?>[] {type}, (proxy, method, args) -> answer(proxy, method, args));
      context.getMethod("registerExtension", String.class, type).invoke(null, KEY, extension);
      return Optional.of(new LogTraceIds(context, extension));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot register the log extension " + KEY, e);
    }
  }

  private static Object answer(Object proxy, Method method, Object[] args) {
    return switch (method.getName()) {
      case "getValue" -> currentTraceId();
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      default -> "LogTraceIds";
    };
  }

  /** The current span's trace id; null (no field) when the thread has no valid span. */
  static String currentTraceId() {
    SpanContext span = Span.current().getSpanContext();
    return span.isValid() ? span.getTraceId() : null;
  }

  @Override
  public void close() {
    try {
      context.getMethod("unregisterExtension", String.class).invoke(null, KEY);
    } catch (IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
      throw new IllegalStateException("cannot unregister the log extension " + KEY, e);
    }
  }

  @Override
  public String toString() {
    return "LogTraceIds[" + extension.getClass().getName() + "]";
  }
}

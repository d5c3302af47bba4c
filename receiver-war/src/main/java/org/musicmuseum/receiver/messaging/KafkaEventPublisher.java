package org.musicmuseum.receiver.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.kit.trace.TraceHeaders;
import org.musicmuseum.receiver.config.ReceiverConfig;

/**
 * Publishes to the topic (kafka.topic), keyed by trace id, with the request's trace context in the
 * record's headers; completes from the producer callback.
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  @Inject Config config;

  @Inject ReceiverConfig receiver;

  /** Liberty's mpTelemetry-2.0 (liberty-config/telemetry.xml). */
  @Inject OpenTelemetry telemetry;

  private final EventCodec codec = new EventCodec();
  private final AtomicBoolean fatal = new AtomicBoolean();
  private Producer<String, byte[]> producer;
  private TraceHeaders traceHeaders;

  @PostConstruct
  void open() {
    var props =
        ProducerSettings.from(
            config.getPropertyNames(),
            name -> config.getValue(name, String.class),
            receiver.kafka().bootstrapServers());
    traceHeaders = new TraceHeaders(telemetry.getPropagators().getTextMapPropagator());
    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  @Override
  public CompletionStage<Void> publish(EventEnvelope<? extends MusicEvent> envelope) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    var record =
        new ProducerRecord<>(
            receiver.kafka().topic(), envelope.payload().traceId(), codec.toBytes(envelope));
    traceHeaders.inject(Context.current(), record.headers());
    try {
      producer.send(
          record,
          (metadata, error) -> {
            if (error == null) {
              acked.complete(null);
            } else {
              if (isFatal(error)) {
                fatal.set(true);
              }
              acked.completeExceptionally(error);
            }
          });
    } catch (RuntimeException e) {
      acked.completeExceptionally(e);
    }
    return acked;
  }

  /** Errors after which this producer will not deliver again: only a restart helps. */
  private static boolean isFatal(Exception error) {
    return error instanceof AuthenticationException
        || error instanceof AuthorizationException
        || error instanceof ProducerFencedException
        || error instanceof UnsupportedVersionException;
  }

  /** False once the producer hit an error it cannot recover from. */
  public boolean isHealthy() {
    return !fatal.get();
  }

  /** Sends what is in flight before the server stops (graceful shutdown). */
  @PreDestroy
  void close() {
    producer.close(CLOSE_TIMEOUT);
  }
}

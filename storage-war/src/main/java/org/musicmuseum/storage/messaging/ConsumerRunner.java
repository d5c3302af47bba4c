package org.musicmuseum.storage.messaging;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventValidators;
import org.musicmuseum.kit.config.PrefixedProperties;
import org.musicmuseum.kit.kafka.KafkaTarget;
import org.musicmuseum.kit.kafka.OffsetReset;
import org.musicmuseum.kit.kafka.PollLoop;
import org.musicmuseum.kit.trace.ConsumerSpans;
import org.musicmuseum.storage.config.StorageConfig;
import org.musicmuseum.storage.domain.RecordClassifier;
import org.musicmuseum.storage.persistence.EventWriter;
import org.musicmuseum.storage.persistence.Migrations;

/**
 * Starts the consumer loop on a managed thread when the application starts, with the writer thread
 * that stores its batches one at a time; stops both cleanly.
 */
@ApplicationScoped
public class ConsumerRunner {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  /** Kafka's own default: time to commit and leave the group. */
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  @Resource ManagedThreadFactory threads;
  @Inject Config config;
  @Inject StorageConfig storage;
  @Inject ValidatorFactory validators;
  @Inject EventWriter writer;
  @Inject Migrations migrations;

  /** Liberty's mpTelemetry-2.0 (liberty-config/telemetry.xml). */
  @Inject OpenTelemetry telemetry;

  private final ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
  private PollLoop<String, byte[]> loop;
  private ExecutorService writes;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    writes = Executors.newSingleThreadExecutor(named(threads, "storage-writer"));
    ConsumerLoop work =
        new ConsumerLoop(
            new ConsumerLoop.Parts(
                storage.kafka().topic(),
                new RecordClassifier(new EventParser(EventValidators.from(validators))),
                writer::write,
                writes,
                migrations::ensureMigrated,
                new ConsumerSpans(telemetry, storage.kafka().topic())),
            status);
    loop =
        new PollLoop<>(
            this::newConsumer,
            work,
            status,
            new PollLoop.Tuning(
                Duration.ofMillis(storage.maxBackoffMillis()),
                CLOSE_TIMEOUT,
                OffsetReset.EARLIEST));
    loop.start(threads, "storage-consumer");
  }

  /** The writer thread: one transaction at a time, beside the loop's thread. */
  private static ThreadFactory named(ThreadFactory threads, String name) {
    return task -> {
      Thread thread = threads.newThread(task);
      thread.setName(name);
      return thread;
    };
  }

  /** What the loop last did. */
  public ConsumerStatus status() {
    return status;
  }

  private KafkaConsumer<String, byte[]> newConsumer() {
    Properties props =
        PrefixedProperties.collect(
            "kafka.consumer.",
            config.getPropertyNames(),
            name -> config.getValue(name, String.class));
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, storage.kafka().bootstrapServers());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // The group the health service reports the lag of: one key for both (KafkaTarget).
    props.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaTarget.storageGroup(config));
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }

  @PreDestroy
  void stop() {
    if (loop != null) {
      loop.stopAndWait(STOP_TIMEOUT);
    }
    if (writes != null) {
      writes.shutdown();
    }
  }
}

package org.musicmuseum.audit.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.Config;
import org.musicmuseum.audit.config.AuditConfig;
import org.musicmuseum.audit.index.IndexStore;
import org.musicmuseum.audit.index.OffsetIndex;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventValidators;
import org.musicmuseum.kit.kafka.OffsetReset;
import org.musicmuseum.kit.kafka.PollLoop;

/** Starts the indexer on a managed thread when the application starts; stops it cleanly. */
@ApplicationScoped
public class IndexRunner {

  private static final Logger LOG = Logger.getLogger(IndexRunner.class.getName());
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  /** Short: the indexer is in no group, so a close has nothing to tell the broker. */
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

  @Resource ManagedThreadFactory threads;
  @Inject Config config;
  @Inject AuditConfig audit;
  @Inject ValidatorFactory validators;

  @Inject AuditMetrics metrics;

  private IndexStatus status;
  private IndexStore store;
  private PollLoop<byte[], byte[]> loop;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    status = new IndexStatus(metrics);
    metrics.watchLag(status);
    store = new IndexStore(audit.indexFile());
    ConsumerSettings settings = ConsumerSettings.from(config, audit.kafka().bootstrapServers());
    IndexLoop work =
        new IndexLoop(
            audit.kafka().topic(),
            store,
            new EntryExtractor(new EventParser(EventValidators.from(validators))),
            status,
            audit.orderMargin());
    loop =
        new PollLoop<>(
            () ->
                new KafkaConsumer<>(
                    settings.indexer(), new ByteArrayDeserializer(), new ByteArrayDeserializer()),
            work,
            status,
            new PollLoop.Tuning(audit.maxBackoff(), CLOSE_TIMEOUT, OffsetReset.EARLIEST));
    loop.start(threads, "audit-indexer");
    LOG.info(() -> "Indexing the log into " + audit.indexFile());
  }

  /** The index as it is now. */
  public OffsetIndex index() {
    return store.index();
  }

  /** What the indexer last did. */
  public IndexStatus status() {
    return status;
  }

  @PreDestroy
  void stop() {
    if (loop != null) {
      loop.stopAndWait(STOP_TIMEOUT);
    }
    if (store != null) {
      try {
        store.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not close the index file", e);
      }
    }
  }
}

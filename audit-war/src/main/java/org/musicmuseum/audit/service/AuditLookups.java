package org.musicmuseum.audit.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.musicmuseum.audit.config.AuditConfig;
import org.musicmuseum.audit.domain.Counts;
import org.musicmuseum.audit.messaging.ConsumerPool;
import org.musicmuseum.audit.messaging.ConsumerSettings;
import org.musicmuseum.audit.messaging.IndexRunner;
import org.musicmuseum.audit.messaging.RecordFetcher;
import org.musicmuseum.events.EventType;

/** The lookups of this server: the live index, and a small pool of consumers to read the log. */
@ApplicationScoped
public class AuditLookups {

  @Inject Config config;
  @Inject AuditConfig audit;
  @Inject IndexRunner indexer;

  private ConsumerPool pool;
  private AuditReader reader;

  @PostConstruct
  void open() {
    ConsumerSettings settings = ConsumerSettings.from(config, audit.kafka().bootstrapServers());
    pool = ConsumerPool.ofBytes(audit.lookupConsumers(), settings::lookup);
    RecordFetcher fetcher = new RecordFetcher(pool, audit.kafka().topic(), audit.lookupTimeout());
    reader = new AuditReader(indexer::index, () -> indexer.status().isCaughtUp(), fetcher::fetch);
  }

  /** The {@code n}-th (0-based) event of {@code type} in the log. */
  public AuditReader.Answer read(EventType type, long n) {
    return reader.read(type, n);
  }

  /** How many events of each type are indexed. */
  public Counts counts() {
    return reader.counts();
  }

  @PreDestroy
  void close() {
    pool.close();
  }
}

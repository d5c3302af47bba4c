package org.musicmuseum.audit.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.musicmuseum.audit.client.JsonGet;
import org.musicmuseum.audit.client.Reply;
import org.musicmuseum.audit.config.AuditConfig;
import org.musicmuseum.audit.config.TraceConfig;
import org.musicmuseum.audit.domain.RunCounting;
import org.musicmuseum.audit.domain.StoredRow;
import org.musicmuseum.audit.messaging.ConsumerPool;
import org.musicmuseum.audit.messaging.ConsumerSettings;
import org.musicmuseum.audit.messaging.TraceScan;
import org.musicmuseum.audit.messaging.TraceScanner;
import org.musicmuseum.events.TraceIds;

/**
 * "Where is my event?": asks the log (when the id carries its time), storage and processing, and
 * puts their answers together.
 */
@ApplicationScoped
public class TraceLookups {

  private static final Logger LOG = Logger.getLogger(TraceLookups.class.getName());

  @Inject Config config;
  @Inject AuditConfig audit;
  @Inject TraceConfig trace;

  private ConsumerPool pool;
  private TraceScanner scanner;
  private JsonGet calls;

  @PostConstruct
  void open() {
    ConsumerSettings settings = ConsumerSettings.from(config, audit.kafka().bootstrapServers());
    pool = ConsumerPool.ofBytes(trace.consumers(), settings::traceSearch);
    scanner =
        new TraceScanner(
            pool,
            audit.kafka().topic(),
            new TraceScanner.Bounds(trace.slack(), trace.maxRecords(), trace.searchTimeout()));
    calls = new JsonGet(trace.connectTimeout(), trace.callTimeout());
  }

  /**
   * Where the event of {@code traceId} (canonical text) is.
   *
   * @param authorization the caller's Authorization header, passed on to storage and processing
   */
  public TraceOutcome find(String traceId, Optional<String> authorization) {
    Optional<Instant> time = TraceIds.timeOf(traceId);
    Optional<TraceScan> scan = time.map(t -> scanner.find(traceId, t));
    Reply<StoredRow> stored =
        calls.get(
            trace.storageUrl().resolve("events/trace/" + traceId), StoredRow.class, authorization);
    Optional<Reply<RunCounting>> counting =
        stored instanceof Reply.Found<StoredRow> row
            ? Optional.of(calls.get(countingUri(row.value()), RunCounting.class, authorization))
            : Optional.empty();
    return TraceAssembly.assemble(traceId, time, scan, stored, counting);
  }

  private URI countingUri(StoredRow row) {
    return trace
        .processingUrl()
        .resolve(
            "runs/counting?type="
                + URLEncoder.encode(row.type(), StandardCharsets.UTF_8)
                + "&partition="
                + row.partition()
                + "&offset="
                + row.offset());
  }

  @PreDestroy
  void close() {
    pool.close();
    try {
      calls.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Closing the JSON-B instance failed", e);
    }
  }
}

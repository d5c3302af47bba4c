package org.musicmuseum.audit.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.audit.config.AuditConfig;
import org.musicmuseum.audit.domain.Counts;
import org.musicmuseum.audit.messaging.IndexRunner;
import org.musicmuseum.audit.messaging.IndexStatus;
import org.musicmuseum.audit.service.AuditLookups;
import org.musicmuseum.kit.kafka.TopicProbe;

/**
 * Ready when the index has caught up with the log (as it was at startup), the indexer's last step
 * went through (a fatal error stopped it: DOWN with the reason), and Kafka answers.
 */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

  @Inject IndexRunner indexer;
  @Inject AuditLookups lookups;
  @Inject AuditConfig config;

  private TopicProbe kafka;

  @PostConstruct
  void open() {
    kafka =
        new TopicProbe(config.kafka().bootstrapServers(), "audit-health", config.kafka().topic());
  }

  @Override
  public HealthCheckResponse call() {
    IndexStatus status = indexer.status();
    Counts counts = lookups.counts();
    Optional<String> error = status.lastError().or(this::kafkaProblem);
    var builder =
        HealthCheckResponse.named("audit-index")
            .status(counts.caughtUp() && error.isEmpty())
            .withData("album", counts.album())
            .withData("single_song", counts.singleSong())
            .withData("caught_up", counts.caughtUp())
            .withData("skipped", status.skippedCount());
    error.ifPresent(e -> builder.withData("error", e));
    return builder.build();
  }

  private Optional<String> kafkaProblem() {
    return kafka
        .probe()
        .either(partitions -> Optional.empty(), reason -> Optional.of("Kafka: " + reason));
  }

  @PreDestroy
  void close() {
    kafka.close();
  }
}

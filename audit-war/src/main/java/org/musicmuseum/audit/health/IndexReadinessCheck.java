package org.musicmuseum.audit.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.audit.domain.Counts;
import org.musicmuseum.audit.messaging.IndexRunner;
import org.musicmuseum.audit.messaging.IndexStatus;
import org.musicmuseum.audit.service.AuditLookups;

/**
 * Ready when the index has caught up with the log (as it was at startup), the indexer's last step
 * went through, and Kafka answers.
 */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

  @Inject IndexRunner indexer;
  @Inject AuditLookups lookups;
  @Inject KafkaProbe kafka;

  @Override
  public HealthCheckResponse call() {
    IndexStatus status = indexer.status();
    Counts counts = lookups.counts();
    Optional<String> error = status.lastError().or(kafka::problem);
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
}

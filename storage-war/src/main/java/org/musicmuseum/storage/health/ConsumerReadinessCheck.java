package org.musicmuseum.storage.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.storage.messaging.ConsumerRunner;
import org.musicmuseum.storage.messaging.ConsumerStatus;
import org.musicmuseum.storage.persistence.StorageMetrics;

/**
 * Ready when the consumer polled Kafka recently and its last batch was stored. Its data says what
 * was stored and quarantined and which partitions this server owns now ({@code partitions}, e.g.
 * {@code music-events-0,music-events-3}, empty when none, and {@code partition_count}).
 */
@Readiness
@ApplicationScoped
public class ConsumerReadinessCheck implements HealthCheck {

  private static final Duration MAX_POLL_AGE = Duration.ofSeconds(15);

  @Inject ConsumerRunner runner;
  @Inject StorageMetrics metrics;

  @Override
  public HealthCheckResponse call() {
    ConsumerStatus status = runner.status();
    var builder =
        HealthCheckResponse.named("kafka-consumer")
            .status(status.isHealthy(MAX_POLL_AGE))
            .withData("stored", metrics.storedCount())
            .withData("quarantined", metrics.quarantinedCount())
            .withData("partitions", status.partitions())
            .withData("partition_count", status.partitionCount());
    status.lastError().ifPresent(error -> builder.withData("error", error));
    return builder.build();
  }
}

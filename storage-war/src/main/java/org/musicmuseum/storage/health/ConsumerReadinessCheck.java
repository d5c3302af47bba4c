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

/** Ready when the consumer polled Kafka recently and its last batch was stored. */
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
            .withData("quarantined", metrics.quarantinedCount());
    status.lastError().ifPresent(error -> builder.withData("error", error));
    return builder.build();
  }
}

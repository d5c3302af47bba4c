package org.musicmuseum.storage.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.storage.messaging.ConsumerRunner;
import org.musicmuseum.storage.messaging.ConsumerStatus;
import org.musicmuseum.storage.persistence.StorageMetrics;

/**
 * Ready when every consumer loop polled Kafka recently and its last batch was stored. Its data says
 * what was stored and quarantined and which partitions this server's consumers own now ({@code
 * partitions}, e.g. {@code music-events-0,music-events-3}, empty when none, and {@code
 * partition_count}).
 */
@Readiness
@ApplicationScoped
public class ConsumerReadinessCheck implements HealthCheck {

  private static final Duration MAX_POLL_AGE = Duration.ofSeconds(15);

  @Inject ConsumerRunner runner;
  @Inject StorageMetrics metrics;

  @Override
  public HealthCheckResponse call() {
    List<ConsumerStatus> statuses = runner.statuses();
    var builder =
        HealthCheckResponse.named("kafka-consumer")
            .status(
                !statuses.isEmpty() && statuses.stream().allMatch(s -> s.isHealthy(MAX_POLL_AGE)))
            .withData("stored", metrics.storedCount())
            .withData("quarantined", metrics.quarantinedCount())
            .withData(
                "partitions",
                statuses.stream()
                    .map(ConsumerStatus::partitions)
                    .filter(p -> !p.isEmpty())
                    .collect(Collectors.joining(",")))
            .withData(
                "partition_count",
                statuses.stream().mapToInt(ConsumerStatus::partitionCount).sum());
    statuses.stream()
        .flatMap(s -> s.lastError().stream())
        .findFirst()
        .ifPresent(error -> builder.withData("error", error));
    return builder.build();
  }
}

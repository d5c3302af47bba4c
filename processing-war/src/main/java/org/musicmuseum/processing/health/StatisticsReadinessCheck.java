package org.musicmuseum.processing.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.processing.config.ProcessingConfig;
import org.musicmuseum.processing.service.ProcessingRunner;
import org.musicmuseum.processing.service.RunStatus;

/**
 * Ready when a run succeeded within three intervals: storage answered and the state was saved. Down
 * while storage is unreachable or runs keep failing.
 */
@Readiness
@ApplicationScoped
public class StatisticsReadinessCheck implements HealthCheck {

  @Inject ProcessingRunner runner;
  @Inject ProcessingConfig config;

  @Override
  public HealthCheckResponse call() {
    RunStatus status = runner.status();
    var builder =
        HealthCheckResponse.named("statistics-runs")
            .status(status.isReady(Instant.now(), config.maxSuccessAge()))
            .withData("storage", config.storageUrl())
            .withData("consecutive_failures", status.consecutiveFailures());
    status.lastRun().ifPresent(at -> builder.withData("last_run", at.toString()));
    status.lastSuccess().ifPresent(at -> builder.withData("last_success", at.toString()));
    status.lastError().ifPresent(error -> builder.withData("last_error", error));
    return builder.build();
  }
}

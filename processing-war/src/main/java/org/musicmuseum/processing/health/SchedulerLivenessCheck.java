package org.musicmuseum.processing.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.musicmuseum.processing.service.ProcessingRunner;

/** Live while the statistics runs are scheduled; a broken schedule needs a restart. */
@Liveness
@ApplicationScoped
public class SchedulerLivenessCheck implements HealthCheck {

  @Inject ProcessingRunner runner;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("statistics-scheduler").status(runner.isScheduled()).build();
  }
}

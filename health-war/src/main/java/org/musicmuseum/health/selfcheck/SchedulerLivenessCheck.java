package org.musicmuseum.health.selfcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.musicmuseum.health.service.Poller;

/** Live while the poll schedule runs; a schedule that ended needs a restart. */
@Liveness
@ApplicationScoped
public class SchedulerLivenessCheck implements HealthCheck {

  @Inject Poller poller;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("poll-scheduler").status(poller.isScheduled()).build();
  }
}

package org.musicmuseum.health.selfcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.health.service.Poller;
import org.musicmuseum.health.service.StatusStream;

/** Ready when a poll round completed recently: the status it serves is current. */
@Readiness
@ApplicationScoped
public class PollingReadinessCheck implements HealthCheck {

  @Inject Poller poller;
  @Inject StatusStream stream;

  @Override
  public HealthCheckResponse call() {
    var builder =
        HealthCheckResponse.named("polling")
            .status(poller.isFresh())
            .withData("subscribers", stream.subscribers());
    poller.lastRound().ifPresent(at -> builder.withData("last_round", at.toString()));
    return builder.build();
  }
}

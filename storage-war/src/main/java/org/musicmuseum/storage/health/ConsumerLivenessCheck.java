package org.musicmuseum.storage.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.musicmuseum.kit.health.LoopLiveness;
import org.musicmuseum.storage.messaging.ConsumerRunner;

/** Live while the consumer thread runs; a dead consumer needs a restart. */
@Liveness
@ApplicationScoped
public class ConsumerLivenessCheck implements HealthCheck {

  @Inject ConsumerRunner runner;

  @Override
  public HealthCheckResponse call() {
    return LoopLiveness.of("kafka-consumer-thread", runner.status());
  }
}

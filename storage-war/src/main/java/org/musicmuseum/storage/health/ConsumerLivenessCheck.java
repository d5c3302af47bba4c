package org.musicmuseum.storage.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.musicmuseum.kit.health.LoopLiveness;
import org.musicmuseum.storage.messaging.ConsumerRunner;
import org.musicmuseum.storage.messaging.ConsumerStatus;

/** Live while every consumer thread runs; a dead consumer needs a restart. */
@Liveness
@ApplicationScoped
public class ConsumerLivenessCheck implements HealthCheck {

  @Inject ConsumerRunner runner;

  @Override
  public HealthCheckResponse call() {
    List<ConsumerStatus> statuses = runner.statuses();
    if (statuses.isEmpty()) {
      return HealthCheckResponse.down("kafka-consumer-thread");
    }
    ConsumerStatus shown =
        statuses.stream().filter(s -> !s.isRunning()).findFirst().orElse(statuses.get(0));
    return LoopLiveness.of("kafka-consumer-thread", shown);
  }
}

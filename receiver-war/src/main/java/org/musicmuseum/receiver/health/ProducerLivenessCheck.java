package org.musicmuseum.receiver.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.musicmuseum.receiver.messaging.KafkaEventPublisher;

/** Down once the producer hit an unrecoverable error: only a restart helps then. */
@Liveness
@ApplicationScoped
public class ProducerLivenessCheck implements HealthCheck {

  @Inject KafkaEventPublisher publisher;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("kafka-producer").status(publisher.isHealthy()).build();
  }
}

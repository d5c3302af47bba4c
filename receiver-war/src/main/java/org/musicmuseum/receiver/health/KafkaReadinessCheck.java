package org.musicmuseum.receiver.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.kit.kafka.TopicProbe;
import org.musicmuseum.receiver.config.ReceiverConfig;

/** Ready when the broker answers and the topic exists; answers within about two seconds. */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

  @Inject ReceiverConfig config;

  private TopicProbe probe;

  @PostConstruct
  void open() {
    probe =
        new TopicProbe(
            config.kafka().bootstrapServers(), "receiver-health", config.kafka().topic());
  }

  @Override
  public HealthCheckResponse call() {
    var builder =
        HealthCheckResponse.named("kafka").withData("bootstrap", config.kafka().bootstrapServers());
    return probe
        .probe()
        .either(
            partitions -> builder.up().withData("partitions", partitions).build(),
            reason -> builder.down().withData("error", reason).build());
  }

  @PreDestroy
  void close() {
    probe.close();
  }
}

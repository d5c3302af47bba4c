package org.musicmuseum.receiver.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.events.Topics;
import org.musicmuseum.kit.kafka.TopicProbe;

/** Ready when the broker answers and the topic exists; answers within about two seconds. */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

  @Inject
  @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
  String bootstrapServers;

  private TopicProbe probe;

  @PostConstruct
  void open() {
    probe = new TopicProbe(bootstrapServers, "receiver-health", Topics.MUSIC_EVENTS);
  }

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("kafka").withData("bootstrap", bootstrapServers);
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

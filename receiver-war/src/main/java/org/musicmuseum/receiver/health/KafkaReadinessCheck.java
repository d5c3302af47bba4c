package org.musicmuseum.receiver.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.receiver.config.ReceiverConfig;

/** Ready when the broker answers and the topic exists; answers within about two seconds. */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

  private static final Duration TIMEOUT = Duration.ofMillis(1500);

  @Inject ReceiverConfig config;

  private Admin admin;

  @PostConstruct
  void open() {
    int timeout = (int) TIMEOUT.toMillis();
    admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                timeout,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                timeout,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                1000,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "receiver-health"));
  }

  @Override
  public HealthCheckResponse call() {
    var builder =
        HealthCheckResponse.named("kafka").withData("bootstrap", config.bootstrapServers());
    try {
      int partitions =
          admin
              .describeTopics(java.util.List.of(config.topic()))
              .allTopicNames()
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
              .get(config.topic())
              .partitions()
              .size();
      return builder.up().withData("partitions", partitions).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return builder.down().withData("error", "interrupted").build();
    } catch (Exception e) {
      return builder.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }

  @PreDestroy
  void close() {
    admin.close(Duration.ofSeconds(2));
  }
}

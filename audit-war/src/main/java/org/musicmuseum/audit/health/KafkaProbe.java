package org.musicmuseum.audit.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.musicmuseum.audit.config.AuditConfig;

/** Asks the broker about the topic; answers within about two seconds. */
@ApplicationScoped
public class KafkaProbe {

  private static final Duration TIMEOUT = Duration.ofMillis(1500);

  @Inject AuditConfig config;

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
                "audit-health"));
  }

  /** Why Kafka does not answer, or empty when it describes the topic in time. */
  public Optional<String> problem() {
    try {
      admin
          .describeTopics(List.of(config.topic()))
          .allTopicNames()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    } catch (Exception e) {
      return Optional.of("Kafka: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  @PreDestroy
  void close() {
    admin.close(Duration.ofSeconds(2));
  }
}

package org.musicmuseum.health.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The health service's settings from MicroProfile Config: defaults in
 * META-INF/microprofile-config.properties and server.xml (the services' URLs); env vars
 * (HEALTH_INTERVAL_MS, STORAGE_URL, DATA_DIR, ...) override them.
 */
@ApplicationScoped
public class HealthConfig {

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "health.services")
  List<String> services;

  @Inject
  @ConfigProperty(name = "health.interval-ms")
  long intervalMillis;

  @Inject
  @ConfigProperty(name = "health.timeout-ms")
  long timeoutMillis;

  @Inject
  @ConfigProperty(name = "health.status-file")
  String statusFile;

  @Inject
  @ConfigProperty(name = "health.history-size")
  int historySize;

  private HealthSettings settings;

  /** The checked settings; a bad value stops the application with a message naming its key. */
  public synchronized HealthSettings settings() {
    if (settings == null) {
      settings =
          new HealthSettings(
              HealthSettings.watched(services, key -> config.getOptionalValue(key, String.class)),
              Duration.ofMillis(intervalMillis),
              Duration.ofMillis(timeoutMillis),
              Path.of(statusFile).toAbsolutePath(),
              historySize);
    }
    return settings;
  }
}

package org.musicmuseum.dashboard.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard's settings from MicroProfile Config: defaults in server.xml (the URLs) and
 * META-INF/microprofile-config.properties (the refresh, the updates); env vars (PROCESSING_URL,
 * HEALTH_URL, AUDIT_URL, DASHBOARD_REFRESH_MS, DASHBOARD_UPDATES_HEARTBEAT_MS, ...) override them.
 */
@ApplicationScoped
public class DashboardConfig {

  @Inject
  @ConfigProperty(name = "processing.url")
  String processingUrl;

  @Inject
  @ConfigProperty(name = "health.url")
  String healthUrl;

  @Inject
  @ConfigProperty(name = "audit.url")
  String auditUrl;

  @Inject
  @ConfigProperty(name = "dashboard.refresh-ms")
  long refreshMillis;

  @Inject
  @ConfigProperty(name = "dashboard.updates.heartbeat-ms")
  long heartbeatMillis;

  @Inject
  @ConfigProperty(name = "dashboard.updates.stale-after-ms")
  long staleAfterMillis;

  /** How often each page gets the feed's state (at least 250 ms). */
  public Duration heartbeat() {
    return Duration.ofMillis(Math.max(250, heartbeatMillis));
  }

  /** How long without an update before the feed counts as not live (at least a heartbeat). */
  public Duration staleAfter() {
    return Duration.ofMillis(Math.max(heartbeat().toMillis(), staleAfterMillis));
  }

  /** The checked configuration; a bad value throws with a message naming its key. */
  public PageConfig pageConfig() {
    return new PageConfig(processingUrl, healthUrl, auditUrl, refreshMillis);
  }
}

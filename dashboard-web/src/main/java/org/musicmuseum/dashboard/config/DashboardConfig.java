package org.musicmuseum.dashboard.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard's settings from MicroProfile Config: defaults in server.xml (the URLs) and
 * META-INF/microprofile-config.properties (the refresh); env vars (PROCESSING_URL, HEALTH_URL,
 * AUDIT_URL, DASHBOARD_REFRESH_MS) override them.
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

  /** The checked configuration; a bad value throws with a message naming its key. */
  public PageConfig pageConfig() {
    return new PageConfig(processingUrl, healthUrl, auditUrl, refreshMillis);
  }
}

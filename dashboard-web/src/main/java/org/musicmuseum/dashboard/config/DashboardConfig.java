package org.musicmuseum.dashboard.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard's settings from MicroProfile Config: env vars (PROCESSING_URL, HEALTH_URL,
 * AUDIT_URL, DASHBOARD_REFRESH_MS) and server.xml variables override the defaults.
 */
@ApplicationScoped
public class DashboardConfig {

  @Inject
  @ConfigProperty(name = "processing.url", defaultValue = "http://localhost:8100/processing")
  String processingUrl;

  @Inject
  @ConfigProperty(name = "health.url", defaultValue = "http://localhost:8120/healthcheck")
  String healthUrl;

  @Inject
  @ConfigProperty(name = "audit.url", defaultValue = "http://localhost:8200/audit_log")
  String auditUrl;

  @Inject
  @ConfigProperty(name = "dashboard.refresh-ms", defaultValue = "5000")
  long refreshMillis;

  /** The checked configuration; a bad value throws with a message naming its key. */
  public PageConfig pageConfig() {
    return new PageConfig(processingUrl, healthUrl, auditUrl, refreshMillis);
  }
}

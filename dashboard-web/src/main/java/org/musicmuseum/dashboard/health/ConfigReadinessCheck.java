package org.musicmuseum.dashboard.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.dashboard.config.DashboardConfig;
import org.musicmuseum.dashboard.config.PageConfig;

/**
 * Ready when the page's configuration is valid, i.e. {@code GET /api/config} can answer. The
 * services themselves are the health service's business: the page copes with them being down.
 */
@Readiness
@ApplicationScoped
public class ConfigReadinessCheck implements HealthCheck {

  @Inject DashboardConfig config;

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("page-config");
    try {
      PageConfig page = config.pageConfig();
      return builder
          .up()
          .withData("processing_url", page.processingUrl())
          .withData("health_url", page.healthUrl())
          .withData("audit_url", page.auditUrl())
          .withData("refresh_ms", page.refreshMillis())
          .build();
    } catch (IllegalArgumentException e) {
      return builder.down().withData("error", e.getMessage()).build();
    }
  }
}

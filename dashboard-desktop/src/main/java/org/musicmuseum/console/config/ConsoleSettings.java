package org.musicmuseum.console.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the console reads from and how often.
 *
 * @param processingUrl processing's base URL, ending in {@code /}, e.g. {@code
 *     http://localhost:8100/processing/}
 * @param healthUrl the health service's base URL, ending in {@code /}
 * @param auditUrl audit's base URL, ending in {@code /}
 * @param dashboardUrl the dashboard server's base URL, ending in {@code /}: its {@code api/updates}
 *     stream pushes the statistics and the statuses
 * @param refresh time between two automatic refreshes
 * @param timeout how long one request may take
 */
public record ConsoleSettings(
    URI processingUrl,
    URI healthUrl,
    URI auditUrl,
    URI dashboardUrl,
    Duration refresh,
    Duration timeout) {

  public ConsoleSettings {
    Objects.requireNonNull(processingUrl, "processingUrl");
    Objects.requireNonNull(healthUrl, "healthUrl");
    Objects.requireNonNull(auditUrl, "auditUrl");
    Objects.requireNonNull(dashboardUrl, "dashboardUrl");
    if (refresh.isNegative() || refresh.isZero() || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("refresh and timeout must be positive");
    }
  }

  /** The same settings with other base URLs. */
  public ConsoleSettings withUrls(URI processing, URI health, URI audit, URI dashboard) {
    return new ConsoleSettings(processing, health, audit, dashboard, refresh, timeout);
  }

  /** The same settings with another refresh interval. */
  public ConsoleSettings withRefresh(Duration newRefresh) {
    return new ConsoleSettings(
        processingUrl, healthUrl, auditUrl, dashboardUrl, newRefresh, timeout);
  }
}

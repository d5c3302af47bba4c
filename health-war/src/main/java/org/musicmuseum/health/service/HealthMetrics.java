package org.musicmuseum.health.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.musicmuseum.health.domain.ServiceState;
import org.musicmuseum.health.domain.Status;
import org.musicmuseum.health.domain.StatusBoard;
import org.musicmuseum.health.domain.StatusReport;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.MetricTags;

/**
 * The health service's metrics: each watched service's status as a gauge (1 Running, 0 otherwise)
 * read from the status board, and the checks counted by outcome ({@code running}, {@code degraded},
 * {@code down}).
 */
@ApplicationScoped
public class HealthMetrics {

  @Inject MetricRegistry registry;

  /** Serves the board's status of every watched service. */
  void watch(StatusBoard board, List<String> services) {
    for (String service : services) {
      registry.gauge(
          MetricNames.HEALTH_SERVICE_UP,
          board,
          b -> b.state(service).status() == Status.RUNNING ? 1 : 0,
          new Tag(MetricTags.SERVICE, service));
    }
  }

  /** Counts the checks of a round: one per service, with the outcome the board now shows. */
  void round(StatusReport report) {
    report.services().forEach((service, state) -> checked(service, state));
  }

  private void checked(String service, ServiceState state) {
    registry
        .counter(
            MetricNames.HEALTH_CHECKS,
            new Tag(MetricTags.SERVICE, service),
            new Tag(MetricTags.OUTCOME, outcome(state.status())))
        .inc();
  }

  /** The outcome label of a status: its label in lower case. */
  static String outcome(Status status) {
    return status.label().toLowerCase(Locale.ROOT);
  }
}

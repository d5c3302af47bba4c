package org.musicmuseum.console.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answer of the health service's {@code GET /status}.
 *
 * @param lastUpdate when its last round of checks completed; empty before the first
 * @param services each watched service, in the health service's order
 */
public record HealthReport(Optional<Instant> lastUpdate, List<ServiceStatus> services) {

  public HealthReport {
    services = List.copyOf(services);
  }

  /** The state of one service, if the health service watches it. */
  public Optional<ServiceStatus> service(String name) {
    return services.stream().filter(s -> s.service().equals(name)).findFirst();
  }
}

package org.musicmuseum.stack.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.StackPorts;

/**
 * The browser origins of the stack's dashboard, which every service must allow by CORS when the
 * page calls it directly: {@code http://localhost:<port>} and {@code http://127.0.0.1:<port>}.
 */
final class DashboardOrigins {

  /** The variable the services' {@code liberty-config/cors.xml} reads. */
  static final String ENV = "CORS_ALLOWED_ORIGINS";

  static final String DASHBOARD = "dashboard";

  private DashboardOrigins() {}

  /**
   * The origins of every dashboard server (its replicas too), comma-separated, or empty when the
   * stack does not run the dashboard.
   */
  static Optional<String> of(List<ServiceSpec> services, StackPorts ports) {
    int[] dashboards =
        services.stream()
            .filter(s -> s.war().equals(DASHBOARD))
            .mapToInt(s -> ports.get(s.name()))
            .toArray();
    return dashboards.length == 0 ? Optional.empty() : Optional.of(at(dashboards));
  }

  /** The origins of dashboards on {@code ports}, comma-separated. */
  static String at(int... ports) {
    return Arrays.stream(ports)
        .mapToObj(port -> "http://localhost:" + port + ",http://127.0.0.1:" + port)
        .collect(Collectors.joining(","));
  }
}

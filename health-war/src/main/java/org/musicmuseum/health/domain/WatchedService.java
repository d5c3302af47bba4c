package org.musicmuseum.health.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A service the health service polls.
 *
 * @param name its name, e.g. {@code storage}
 * @param baseUrl the base URL of its API including the context root ({@code <name>.url})
 */
public record WatchedService(String name, URI baseUrl) {

  public static final String READINESS_PATH = "/health/ready";

  /** Where MicroProfile Metrics answers on the service's server. */
  public static final String METRICS_PATH = "/metrics";

  public WatchedService {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a watched service needs a name");
    }
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "the URL of " + name + " must be an absolute http(s) URL, not '" + baseUrl + "'");
    }
  }

  /** Parses the base URL; a malformed one is refused with a message naming the service. */
  public static WatchedService of(String name, String baseUrl) {
    try {
      return new WatchedService(name, new URI(baseUrl.trim()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "the URL of " + name + " is malformed: '" + baseUrl + "'", e);
    }
  }

  /**
   * Where MicroProfile Health answers: the root of the service's server (scheme, host and port of
   * the base URL) plus {@code /health/ready}.
   */
  public URI readinessUri() {
    return onServer(READINESS_PATH);
  }

  /** Where the service's Prometheus text is: its server's root plus {@code /metrics}. */
  public URI metricsUri() {
    return onServer(METRICS_PATH);
  }

  private URI onServer(String path) {
    try {
      return new URI(
          baseUrl.getScheme(), null, baseUrl.getHost(), baseUrl.getPort(), path, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot build " + path + " of " + baseUrl, e);
    }
  }
}

package org.musicmuseum.dashboard.config;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the page needs to know: where each API is and how often to refresh. A URL is either absolute
 * ({@code http://localhost:8100/processing}: the page calls the service directly, which must allow
 * the page's origin by CORS) or a path of the page's own origin ({@code /processing}, behind the
 * gateway).
 *
 * @param processingUrl base URL of the processing API, without a trailing slash
 * @param healthUrl base URL of the health API
 * @param auditUrl base URL of the audit API
 * @param refreshMillis how often the page polls statistics and counts
 */
@JsonbPropertyOrder({"processingUrl", "healthUrl", "auditUrl", "refreshMillis"})
@Schema(description = "Where the dashboard page finds the services, and its refresh interval.")
public record PageConfig(
    @JsonbProperty("processing_url") @Schema(example = "http://localhost:8100/processing")
        String processingUrl,
    @JsonbProperty("health_url") @Schema(example = "http://localhost:8120/healthcheck")
        String healthUrl,
    @JsonbProperty("audit_url") @Schema(example = "/audit_log") String auditUrl,
    @JsonbProperty("refresh_ms") @Schema(example = "5000") long refreshMillis) {

  /** The shortest refresh interval a page may be given. */
  public static final long MIN_REFRESH_MILLIS = 250;

  /** Checks every value; the message of a bad one names its key. */
  public PageConfig {
    processingUrl = baseUrl("processing.url", processingUrl);
    healthUrl = baseUrl("health.url", healthUrl);
    auditUrl = baseUrl("audit.url", auditUrl);
    if (refreshMillis < MIN_REFRESH_MILLIS) {
      throw new IllegalArgumentException(
          "dashboard.refresh-ms must be at least " + MIN_REFRESH_MILLIS + ", got " + refreshMillis);
    }
  }

  /** An http(s) URL with a host, or a path starting with {@code /}; the trailing slash removed. */
  static String baseUrl(String key, String value) {
    String trimmed = value == null ? "" : value.trim();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean absolute = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      boolean path =
          uri.getScheme() == null && trimmed.startsWith("/") && !trimmed.startsWith("//");
      if ((absolute || path) && uri.getQuery() == null && uri.getFragment() == null) {
        return trimmed.replaceAll("/+$", "");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(key + " is not a URL: '" + trimmed + "'", e);
    }
    throw new IllegalArgumentException(
        key + " must be an http(s) URL or a path starting with '/', got '" + trimmed + "'");
  }
}

package org.musicmuseum.audit.config;

import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The trace lookup's settings: defaults in {@code META-INF/microprofile-config.properties} and
 * {@code liberty-config/service-urls.xml}; environment variables override them.
 *
 * @param storageUrl storage's base URL, context root included ({@code storage.url})
 * @param processingUrl processing's ({@code processing.url})
 * @param connectTimeout how long a call to storage or processing may take to connect
 * @param callTimeout how long such a call may take to answer
 * @param slack how far before and after the id's time the record may be stamped
 * @param maxRecords the most records one search of the log reads
 * @param searchTimeout the longest one search of the log takes
 * @param consumers how many consumers search the log concurrently
 */
public record TraceConfig(
    URI storageUrl,
    URI processingUrl,
    Duration connectTimeout,
    Duration callTimeout,
    Duration slack,
    long maxRecords,
    Duration searchTimeout,
    int consumers) {

  /** Reads every setting; a missing or malformed one fails with its key. */
  public static TraceConfig from(Config config) {
    return new TraceConfig(
        base(config.getValue("storage.url", String.class)),
        base(config.getValue("processing.url", String.class)),
        millis(config, "audit.trace.connect-timeout-ms"),
        millis(config, "audit.trace.call-timeout-ms"),
        millis(config, "audit.trace.slack-ms"),
        config.getValue("audit.trace.max-records", Long.class),
        millis(config, "audit.trace.timeout-ms"),
        config.getValue("audit.trace.consumers", Integer.class));
  }

  private static Duration millis(Config config, String key) {
    return Duration.ofMillis(config.getValue(key, Long.class));
  }

  /** The URL with one trailing slash, so that relative paths resolve below it. */
  private static URI base(String url) {
    return URI.create(url.endsWith("/") ? url : url + "/");
  }
}

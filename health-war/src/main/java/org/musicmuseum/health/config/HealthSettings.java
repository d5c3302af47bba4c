package org.musicmuseum.health.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.musicmuseum.health.domain.WatchedService;

/**
 * The health service's settings, checked once at startup.
 *
 * @param services the services to poll, in report order
 * @param interval the pause between the end of one poll round and the start of the next
 * @param timeout how long one readiness check may take (connect and answer)
 * @param statusFile where the status and its history are kept
 * @param historySize how many changes of status are kept
 */
public record HealthSettings(
    List<WatchedService> services,
    Duration interval,
    Duration timeout,
    Path statusFile,
    int historySize) {

  public HealthSettings {
    services = List.copyOf(services);
    if (services.stream().map(WatchedService::name).distinct().count() != services.size()) {
      throw new IllegalArgumentException("health.services names a service twice: " + services);
    }
    requirePositive("health.interval-ms", interval);
    requirePositive("health.timeout-ms", timeout);
    if (historySize < 1) {
      throw new IllegalArgumentException("health.history-size must be at least 1");
    }
  }

  /**
   * Resolves each service name to its base URL through {@code urlOf} ({@code <name>.url}, e.g.
   * {@code storage.url} or env {@code STORAGE_URL}).
   */
  public static List<WatchedService> watched(
      List<String> names, Function<String, Optional<String>> urlOf) {
    return names.stream()
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .map(
            name ->
                WatchedService.of(
                    name,
                    urlOf
                        .apply(name + ".url")
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "no URL for the watched service "
                                        + name
                                        + ": set "
                                        + name.toUpperCase(Locale.ROOT)
                                        + "_URL"))))
        .toList();
  }

  /**
   * How old the last completed round may be while the service calls itself ready: three intervals,
   * plus one timeout because a round waits for its slowest check.
   */
  public Duration maxRoundAge() {
    return interval.multipliedBy(3).plus(timeout);
  }

  static void requirePositive(String key, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be positive, not " + value.toMillis());
    }
  }
}

package org.musicmuseum.console.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What the health service knows about one service.
 *
 * @param service its name, e.g. {@code storage}
 * @param status {@code Running}, {@code Degraded}, {@code Down} or {@code Unknown}
 * @param lastCheck when it was last checked; empty before the first check
 * @param since since when it has this status
 * @param detail the health service's note on the last check (may be empty)
 */
public record ServiceStatus(
    String service,
    String status,
    Optional<Instant> lastCheck,
    Optional<Instant> since,
    String detail) {

  /** Whether the service answers its readiness check. */
  public boolean running() {
    return "Running".equals(status);
  }
}

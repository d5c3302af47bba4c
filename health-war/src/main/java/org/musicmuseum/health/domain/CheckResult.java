package org.musicmuseum.health.domain;

import java.util.Objects;

/**
 * The outcome of one readiness check of one service.
 *
 * @param status Running, Degraded or Down
 * @param detail a short human-readable note (the checks that are down, or the error)
 */
public record CheckResult(Status status, String detail) {

  private static final int MAX_DETAIL = 200;

  public CheckResult {
    Objects.requireNonNull(status, "status");
    if (status == Status.UNKNOWN) {
      throw new IllegalArgumentException("a check always has a result");
    }
    detail = detail == null ? "" : detail;
    if (detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL - 1) + "…";
    }
  }

  public static CheckResult running(String detail) {
    return new CheckResult(Status.RUNNING, detail);
  }

  public static CheckResult degraded(String detail) {
    return new CheckResult(Status.DEGRADED, detail);
  }

  public static CheckResult down(String detail) {
    return new CheckResult(Status.DOWN, detail);
  }
}

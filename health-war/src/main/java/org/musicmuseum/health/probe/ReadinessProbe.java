package org.musicmuseum.health.probe;

import java.util.concurrent.CompletableFuture;
import org.musicmuseum.health.domain.CheckResult;
import org.musicmuseum.health.domain.WatchedService;

/** Checks the readiness of one service without blocking the caller. */
@FunctionalInterface
public interface ReadinessProbe {

  /** Completes with the service's status; completes exceptionally only on a bug. */
  CompletableFuture<CheckResult> check(WatchedService service);
}

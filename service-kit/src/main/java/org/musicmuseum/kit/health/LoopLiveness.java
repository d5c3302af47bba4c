package org.musicmuseum.kit.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.musicmuseum.kit.kafka.LoopState;

/**
 * The liveness of a service's poll loop: live while its thread runs. A loop that stopped (a fatal
 * error) needs a restart once the cause is fixed; the response names the error.
 */
public final class LoopLiveness {

  private LoopLiveness() {}

  /** The response named {@code name} for {@code state}. */
  public static HealthCheckResponse of(String name, LoopState state) {
    var builder = HealthCheckResponse.named(name).status(state.isRunning());
    state.fatalError().ifPresent(error -> builder.withData("error", error));
    return builder.build();
  }
}

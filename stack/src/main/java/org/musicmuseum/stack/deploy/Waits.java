package org.musicmuseum.stack.deploy;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.musicmuseum.stack.StackException;

/**
 * Waiting for a service's {@code depends_on} condition: started, healthy (its health check run
 * until it passes) or completed successfully, with a line of progress every 15 s and the
 * container's last log lines when it fails.
 */
final class Waits {

  private static final Duration POLL = Duration.ofMillis(1000);
  private static final Duration PROGRESS = Duration.ofSeconds(15);

  private final Podman podman;
  private final Containers containers;
  private final PrintStream out;

  Waits(Podman podman, Containers containers, PrintStream out) {
    this.podman = podman;
    this.containers = containers;
    this.out = out;
  }

  void await(String service, String condition, Instant deadline) {
    String name = containers.name(service);
    Instant nextReport = Instant.now().plus(PROGRESS);
    while (true) {
      String state =
          podman
              .run(List.of("inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}", name))
              .firstLine();
      String status = state.isEmpty() ? "absent" : state.split(" ")[0];
      boolean met =
          switch (condition) {
            case "service_started" -> "running".equals(status);
            case "service_completed_successfully" -> {
              if ("exited".equals(status) && !state.endsWith(" 0")) {
                throw failure(service, "exited with code " + state.split(" ")[1]);
              }
              yield "exited".equals(status);
            }
            case "service_healthy" -> "running".equals(status) && healthy(name);
            default ->
                throw new IllegalArgumentException(
                    service + ": unknown depends_on condition " + condition);
          };
      if (met) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw failure(service, "not " + condition.replace("service_", "") + " in time");
      }
      if (Instant.now().isAfter(nextReport)) {
        out.println("waiting for " + service + " (" + condition.replace("service_", "") + ") ...");
        nextReport = Instant.now().plus(PROGRESS);
      }
      sleep();
    }
  }

  /** Runs the container's health check once; a container without one counts as healthy. */
  private boolean healthy(String name) {
    Podman.Result result = podman.run(List.of("healthcheck", "run", name));
    return result.ok() || result.err().contains("has no defined healthcheck");
  }

  private StackException failure(String service, String what) {
    Podman.Result logs = podman.run(List.of("logs", "--tail", "25", containers.name(service)));
    return new StackException(
        service
            + " "
            + what
            + "; its last log lines:"
            + System.lineSeparator()
            + (logs.out() + logs.err()).strip());
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while waiting for the deployment", e);
    }
  }
}

package org.musicmuseum.stack.deploy;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.musicmuseum.stack.Poll;
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

  /** Returns once {@code service} meets {@code condition}; fails at {@code deadline}. */
  void await(String service, String condition, Instant deadline) {
    String name = containers.name(service);
    String what = condition.replace("service_", "");
    Instant[] nextReport = {Instant.now().plus(PROGRESS)};
    boolean met =
        Poll.waitFor(
            Duration.between(Instant.now(), deadline),
            POLL,
            () -> {
              if (meets(service, name, condition)) {
                return true;
              }
              if (Instant.now().isAfter(nextReport[0])) {
                out.println("waiting for " + service + " (" + what + ") ...");
                nextReport[0] = Instant.now().plus(PROGRESS);
              }
              return false;
            });
    if (!met) {
      throw failure(service, "not " + what + " in time");
    }
  }

  private boolean meets(String service, String name, String condition) {
    String state =
        podman
            .run(List.of("inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}", name))
            .firstLine();
    String status = state.isEmpty() ? "absent" : state.split(" ")[0];
    return switch (condition) {
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
}

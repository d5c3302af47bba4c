package org.musicmuseum.stack.deploy;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.stack.StackException;

/**
 * A compose project run under podman, in the order of its {@code depends_on} and with their
 * conditions: started, healthy (the health check run until it passes) or completed successfully.
 */
final class Deployment {

  private static final Duration POLL = Duration.ofMillis(1000);
  private static final Duration PROGRESS = Duration.ofSeconds(15);

  private final Podman podman;
  private final ComposeProject project;
  private final Containers containers;
  private final PrintStream out;

  Deployment(Podman podman, ComposeProject project, PrintStream out) {
    this.podman = podman;
    this.project = project;
    this.containers = new Containers(podman, project);
    this.out = out;
  }

  Containers containers() {
    return containers;
  }

  /** Starts what is not running, then waits until every health check passes. */
  void up(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Map<String, String> states = containers.states();
    List<ServiceDef> toStart =
        order().stream().filter(s -> !"running".equals(states.get(s.name()))).toList();
    checkPorts(toStart);
    createVolumes(toStart);
    for (ServiceDef service : toStart) {
      service.dependsOn().forEach((dep, condition) -> await(dep, condition, deadline));
      if (states.containsKey(service.name())) {
        podman.check(List.of("rm", "-f", "-v", containers.name(service.name())));
      }
      podman.check(containers.runArguments(service));
      out.println("started " + containers.name(service.name()));
    }
    for (ServiceDef service : project.services()) {
      if (!service.oneShot()) {
        await(service.name(), "service_healthy", deadline);
      }
    }
  }

  /** Stops and removes the project's containers, and its volumes if asked. */
  void down(boolean removeVolumes) {
    List<String> names = new ArrayList<>();
    containers.states().keySet().forEach(service -> names.add(containers.name(service)));
    if (!names.isEmpty()) {
      List<String> rm = new ArrayList<>(List.of("rm", "-f", "-v", "-t", "10"));
      rm.addAll(names);
      podman.check(rm);
      out.println("removed " + String.join(", ", names));
    }
    if (removeVolumes) {
      String volumes =
          podman.check(
              List.of(
                  "volume",
                  "ls",
                  "-q",
                  "--filter",
                  "label=" + Containers.PROJECT_LABEL + "=" + project.name()));
      List<String> rm = new ArrayList<>(List.of("volume", "rm", "-f"));
      volumes.lines().map(String::strip).filter(v -> !v.isEmpty()).forEach(rm::add);
      if (rm.size() > 3) {
        podman.check(rm);
        out.println("removed volumes " + String.join(", ", rm.subList(3, rm.size())));
      }
    }
  }

  /**
   * Each service's container as podman describes it, and for a running one with a health check,
   * that check run now (podman 4 schedules checks with systemd timers, which a machine without
   * systemd does not run: the health podman remembers may be old).
   */
  Map<String, String> status() {
    Map<String, String> states = containers.states();
    Map<String, String> statuses = containers.statuses();
    Map<String, String> status = new LinkedHashMap<>();
    for (ServiceDef service : project.services()) {
      String line = statuses.getOrDefault(service.name(), "absent").replaceAll(" \\(.*\\)$", "");
      if ("running".equals(states.get(service.name()))) {
        Podman.Result check =
            podman.run(List.of("healthcheck", "run", containers.name(service.name())));
        if (check.ok()) {
          line += " (healthy)";
        } else if (!check.err().contains("has no defined healthcheck")) {
          line += " (unhealthy)";
        }
      }
      status.put(service.name(), line);
    }
    return status;
  }

  /** The services, each after those it depends on. */
  List<ServiceDef> order() {
    Set<String> done = new LinkedHashSet<>();
    List<ServiceDef> ordered = new ArrayList<>();
    for (ServiceDef service : project.services()) {
      visit(service, done, new LinkedHashSet<>(), ordered);
    }
    return ordered;
  }

  private void visit(ServiceDef service, Set<String> done, Set<String> path, List<ServiceDef> out) {
    if (done.contains(service.name())) {
      return;
    }
    if (!path.add(service.name())) {
      throw new IllegalArgumentException("depends_on makes a cycle through " + path);
    }
    for (String dep : service.dependsOn().keySet()) {
      visit(project.service(dep), done, path, out);
    }
    done.add(service.name());
    out.add(service);
  }

  private void checkPorts(List<ServiceDef> services) {
    List<String> taken = new ArrayList<>();
    for (ServiceDef service : services) {
      for (ServiceDef.Listen listen : service.listens()) {
        if (!Ports.isFree(listen.port())) {
          taken.add(
              "port "
                  + listen.port()
                  + " ("
                  + service.name()
                  + ") is taken; set "
                  + listen.variable()
                  + " to another port");
        }
      }
    }
    if (!taken.isEmpty()) {
      throw new StackException(
          String.join(System.lineSeparator(), taken)
              + System.lineSeparator()
              + "(./museum up uses some of the same ports: ./museum down stops it)");
    }
  }

  /** The named volumes {@code services} mount, labelled with the project. */
  private void createVolumes(List<ServiceDef> services) {
    Set<String> named = new LinkedHashSet<>();
    services.forEach(s -> s.volumes().forEach(m -> named.add(m.split(":", 2)[0])));
    for (String volume : project.volumes()) {
      if (!named.contains(volume)) {
        continue;
      }
      String name = containers.volume(volume);
      if (podman.run(List.of("volume", "exists", name)).ok()) {
        continue;
      }
      podman.check(
          List.of(
              "volume",
              "create",
              "--label",
              Containers.PROJECT_LABEL + "=" + project.name(),
              name));
    }
  }

  private void await(String service, String condition, Instant deadline) {
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

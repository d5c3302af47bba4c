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

  private final Podman podman;
  private final ComposeProject project;
  private final Containers containers;
  private final PrintStream out;
  private final Waits waits;

  Deployment(Podman podman, ComposeProject project, PrintStream out) {
    this.podman = podman;
    this.project = project;
    this.containers = new Containers(podman, project);
    this.out = out;
    this.waits = new Waits(podman, containers, out);
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
      service.dependsOn().forEach((dep, condition) -> waits.await(dep, condition, deadline));
      if (states.containsKey(service.name())) {
        podman.check(List.of("rm", "-f", "-v", containers.name(service.name())));
      }
      podman.check(containers.runArguments(service));
      out.println("started " + containers.name(service.name()));
    }
    for (ServiceDef service : project.services()) {
      if (!service.oneShot()) {
        waits.await(service.name(), "service_healthy", deadline);
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
}

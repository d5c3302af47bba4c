package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.musicmuseum.system.deploy.KubernetesChecks.Target;

/**
 * Checks the ports of each Liberty container: it listens on compose's HTTP_PORT, and so does its
 * Service (named like the workload, port and targetPort); it is probed on MicroProfile Health's
 * three endpoints on that port, with at least three minutes to start.
 */
final class KubernetesPortChecks {

  /** Liberty takes 60 to 110 s to start on two cores: the startup probe allows this long. */
  static final int STARTUP_SECONDS = 180;

  private KubernetesPortChecks() {}

  static void check(KubernetesChecks c) {
    for (Target t : c.liberty.values()) {
      String at = c.at(t);
      Container container = t.container();
      int port = Integer.parseInt(c.httpPort(t));
      List<Integer> ports = ports(container).stream().map(ContainerPort::getContainerPort).toList();
      if (!ports.contains(port)) {
        c.add(
            "%s: ports[].containerPort is %s, but compose's %s listen on HTTP_PORT %d.",
            at, ports, t.composeServices(), port);
      }
      probe(c, t, "startupProbe", container.getStartupProbe(), "/health/started", port);
      probe(c, t, "livenessProbe", container.getLivenessProbe(), "/health/live", port);
      probe(c, t, "readinessProbe", container.getReadinessProbe(), "/health/ready", port);
      Probe startup = container.getStartupProbe();
      if (startup != null) {
        int seconds =
            value(startup.getInitialDelaySeconds(), 0)
                + value(startup.getFailureThreshold(), 3) * value(startup.getPeriodSeconds(), 10);
        if (seconds < STARTUP_SECONDS) {
          c.add(
              "%s: startupProbe allows %d s (initialDelaySeconds + failureThreshold x periodSeconds); Liberty needs up to %d s.",
              at, seconds, STARTUP_SECONDS);
        }
      }
      List<Service> services = c.servicesOf(t.workload());
      if (services.stream().noneMatch(s -> s.getMetadata().getName().equals(t.name()))) {
        c.add("%s: no Service named %s selects its pods.", at, t.name());
      }
      for (Service s : services) {
        List<ServicePort> servicePorts =
            Optional.ofNullable(s.getSpec().getPorts()).orElse(List.of());
        if (servicePorts.stream()
            .noneMatch(
                p ->
                    Objects.equals(p.getPort(), port)
                        && Objects.equals(port(p.getTargetPort(), container), port))) {
          c.add(
              "%s: spec.ports has no port %d with targetPort %d (compose's HTTP_PORT of %s).",
              c.k8s.at(s), port, port, t.composeServices());
        }
      }
    }
  }

  private static void probe(
      KubernetesChecks c, Target t, String kind, Probe probe, String path, int port) {
    String at = c.at(t) + ": " + kind;
    if (probe == null || probe.getHttpGet() == null) {
      c.add("%s is missing; it must be an httpGet of %s on port %d.", at, path, port);
      return;
    }
    Integer probed = port(probe.getHttpGet().getPort(), t.container());
    if (!path.equals(probe.getHttpGet().getPath()) || !Objects.equals(probed, port)) {
      c.add(
          "%s gets %s on port %s, not %s on %d.",
          at, probe.getHttpGet().getPath(), probed, path, port);
    }
  }

  /** A port number, or the number of the container's port of that name. */
  static Integer port(IntOrString port, Container container) {
    if (port == null || port.getIntVal() != null) {
      return port == null ? null : port.getIntVal();
    }
    return ports(container).stream()
        .filter(p -> port.getStrVal().equals(p.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElse(null);
  }

  private static List<ContainerPort> ports(Container container) {
    return Optional.ofNullable(container.getPorts()).orElse(List.of());
  }

  private static int value(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}

package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.Map;
import java.util.Optional;
import org.musicmuseum.system.deploy.KubernetesChecks.Target;

/**
 * Checks how each Liberty container runs: as the Dockerfile's non-root user (the container's
 * security context, else the pod's) without privilege escalation, with a memory request and a limit
 * not below it, a CPU request and no CPU limit (README.md, "Resources").
 */
final class KubernetesContainerChecks {

  private KubernetesContainerChecks() {}

  static void check(KubernetesChecks c) {
    String user =
        c.files.dockerfile.last("USER").map(i -> i.arguments().strip().split(":")[0]).orElse("");
    for (Target t : c.liberty.values()) {
      String at = c.at(t);
      PodSecurityContext pod =
          Optional.ofNullable(t.workload().pod().getSecurityContext())
              .orElse(new PodSecurityContext());
      SecurityContext own =
          Optional.ofNullable(t.container().getSecurityContext()).orElse(new SecurityContext());
      Boolean nonRoot = Optional.ofNullable(own.getRunAsNonRoot()).orElse(pod.getRunAsNonRoot());
      Long uid = Optional.ofNullable(own.getRunAsUser()).orElse(pod.getRunAsUser());
      if (!Boolean.TRUE.equals(nonRoot) || !String.valueOf(uid).equals(user)) {
        c.add(
            "%s: securityContext runs as user %s with runAsNonRoot %s; it must be the image's user %s with runAsNonRoot true.",
            at, uid, nonRoot, user);
      }
      if (!Boolean.FALSE.equals(own.getAllowPrivilegeEscalation())) {
        c.add("%s: securityContext.allowPrivilegeEscalation must be false.", at);
      }
      resources(c, at, t.container());
    }
  }

  private static void resources(KubernetesChecks c, String at, Container container) {
    ResourceRequirements resources =
        Optional.ofNullable(container.getResources()).orElse(new ResourceRequirements());
    Map<String, Quantity> requests = Optional.ofNullable(resources.getRequests()).orElse(Map.of());
    Map<String, Quantity> limits = Optional.ofNullable(resources.getLimits()).orElse(Map.of());
    Quantity request = requests.get("memory");
    Quantity limit = limits.get("memory");
    if (request == null || limit == null) {
      c.add(
          "%s: resources must give memory a request and a limit (requests %s, limits %s).",
          at, requests, limits);
    } else if (Quantity.getAmountInBytes(limit).compareTo(Quantity.getAmountInBytes(request)) < 0) {
      c.add("%s: resources.limits.memory %s is below its request %s.", at, limit, request);
    }
    if (!requests.containsKey("cpu")) {
      c.add(
          "%s: resources.requests.cpu is missing (the scheduler and the autoscaler need it).", at);
    }
    if (limits.containsKey("cpu")) {
      c.add(
          "%s: resources.limits.cpu is set; throttling slows Liberty's start past its probes (README.md, Resources).",
          at);
    }
  }
}

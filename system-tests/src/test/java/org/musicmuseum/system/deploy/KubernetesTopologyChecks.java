package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.musicmuseum.system.deploy.KubernetesChecks.Target;

/**
 * Checks how the resources fit together: every Service and PodDisruptionBudget selects the pods of
 * a workload (a budget leaves one to disrupt), every HorizontalPodAutoscaler scales an existing
 * workload that starts within its bounds, every StatefulSet's serviceName is a Service, and every
 * named volume compose mounts for a service (DATA_DIR, MySQL's data) is a volume claim template of
 * its workload here, mounted at the same path.
 */
final class KubernetesTopologyChecks {

  private KubernetesTopologyChecks() {}

  static void check(KubernetesChecks c) {
    for (Service s : c.k8s.all(Service.class)) {
      if (c.selectedBy(s).isEmpty()) {
        c.add(
            "%s: spec.selector %s matches the pod template of no Deployment or StatefulSet.",
            c.k8s.at(s), s.getSpec().getSelector());
      }
    }
    for (PodDisruptionBudget pdb : c.k8s.all(PodDisruptionBudget.class)) {
      Map<String, String> selector =
          Optional.ofNullable(pdb.getSpec().getSelector())
              .map(LabelSelector::getMatchLabels)
              .orElse(Map.of());
      List<Workload> selected =
          c.k8s.workloads().stream().filter(w -> w.podsMatch(selector)).toList();
      if (selected.isEmpty()) {
        c.add(
            "%s: spec.selector.matchLabels %s matches the pod template of no Deployment or StatefulSet.",
            c.k8s.at(pdb), selector);
      }
      Integer min =
          pdb.getSpec().getMinAvailable() == null
              ? null
              : pdb.getSpec().getMinAvailable().getIntVal();
      for (Workload w : selected) {
        if (min != null && min >= w.replicas()) {
          c.add(
              "%s: spec.minAvailable %d of the %d replicas of %s lets no node be drained.",
              c.k8s.at(pdb), min, w.replicas(), w.name());
        }
      }
    }
    for (HorizontalPodAutoscaler hpa : c.k8s.all(HorizontalPodAutoscaler.class)) {
      CrossVersionObjectReference ref = hpa.getSpec().getScaleTargetRef();
      Optional<Workload> target =
          c.k8s.workloads().stream()
              .filter(
                  w ->
                      w.resource().getKind().equals(ref.getKind())
                          && w.name().equals(ref.getName()))
              .findFirst();
      int min = Optional.ofNullable(hpa.getSpec().getMinReplicas()).orElse(1);
      int max = hpa.getSpec().getMaxReplicas();
      if (target.isEmpty()) {
        c.add(
            "%s: spec.scaleTargetRef %s/%s is no workload of the manifests.",
            c.k8s.at(hpa), ref.getKind(), ref.getName());
      } else if (target.get().replicas() < min || target.get().replicas() > max) {
        c.add(
            "%s: %s starts with %d replicas, outside minReplicas %d to maxReplicas %d.",
            c.k8s.at(hpa), ref.getName(), target.get().replicas(), min, max);
      }
    }
    for (StatefulSet s : c.k8s.all(StatefulSet.class)) {
      if (c.k8s.find(Service.class, String.valueOf(s.getSpec().getServiceName())).isEmpty()) {
        c.add(
            "%s: spec.serviceName %s is no Service of the manifests.",
            c.k8s.at(s), s.getSpec().getServiceName());
      }
    }
    c.targets.values().forEach(t -> volumes(c, t));
  }

  /** Each named volume compose mounts for the target's services is a claim mounted alike here. */
  private static void volumes(KubernetesChecks c, Target t) {
    List<String> claims =
        t.workload().claims().stream().map(claim -> claim.getMetadata().getName()).toList();
    List<VolumeMount> mounts =
        Optional.ofNullable(t.container().getVolumeMounts()).orElse(List.of());
    for (Object volume :
        DeployFiles.list(c.files.services.get(t.composeServices().get(0)).get("volumes"))) {
      String[] parts = String.valueOf(volume).split(":");
      boolean named = parts.length >= 2 && !parts[0].startsWith(".") && !parts[0].startsWith("/");
      if (named
          && mounts.stream()
              .noneMatch(m -> parts[1].equals(m.getMountPath()) && claims.contains(m.getName()))) {
        c.add(
            "%s: compose keeps %s on the volume %s, but no volumeClaimTemplate %s is mounted there, so the files would go with the pod.",
            c.at(t), parts[1], parts[0], claims);
      }
    }
  }
}

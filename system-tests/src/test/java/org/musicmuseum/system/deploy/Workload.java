package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Deployment or a StatefulSet of the manifests, seen alike: its replicas, pod template and
 * selector, and (a StatefulSet's) volume claim templates.
 */
record Workload(
    HasMetadata resource,
    int replicas,
    PodTemplateSpec template,
    LabelSelector selector,
    List<PersistentVolumeClaim> claims) {

  static Workload of(Deployment d) {
    return new Workload(
        d,
        Optional.ofNullable(d.getSpec().getReplicas()).orElse(1),
        d.getSpec().getTemplate(),
        d.getSpec().getSelector(),
        List.of());
  }

  static Workload of(StatefulSet s) {
    return new Workload(
        s,
        Optional.ofNullable(s.getSpec().getReplicas()).orElse(1),
        s.getSpec().getTemplate(),
        s.getSpec().getSelector(),
        Optional.ofNullable(s.getSpec().getVolumeClaimTemplates()).orElse(List.of()));
  }

  String name() {
    return resource.getMetadata().getName();
  }

  PodSpec pod() {
    return template.getSpec();
  }

  List<Container> containers() {
    return Optional.ofNullable(pod().getContainers()).orElse(List.of());
  }

  Map<String, String> labels() {
    return Optional.ofNullable(template.getMetadata().getLabels()).orElse(Map.of());
  }

  /** Whether the pods of this workload carry every label of {@code matchLabels} (not empty). */
  boolean podsMatch(Map<String, String> matchLabels) {
    return matchLabels != null
        && !matchLabels.isEmpty()
        && labels().entrySet().containsAll(matchLabels.entrySet());
  }

  /** The container that runs {@code image}, if any. */
  Optional<Container> running(String image) {
    return containers().stream().filter(c -> image.equals(c.getImage())).findFirst();
  }
}

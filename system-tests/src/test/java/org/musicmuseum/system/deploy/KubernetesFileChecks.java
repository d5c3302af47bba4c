package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the files of deploy/k8s as a whole: kustomization.yaml lists every one of them (and no
 * other), each is read by fabric8's model field by field (only Strimzi's resources are not its
 * own), everything is in the kustomization's namespace, no Secret is shipped, and the Music Museum
 * images are compose's, untagged, run by a workload of their name, with their tag in
 * kustomization.yaml's images.
 */
final class KubernetesFileChecks {

  static final String STRIMZI = "kafka.strimzi.io/v1beta2";
  static final Set<String> STRIMZI_KINDS = Set.of("Kafka", "KafkaNodePool", "KafkaTopic");
  static final String MUSEUM_IMAGES = "music-museum/";
  static final String KUSTOMIZATION = KubernetesManifests.KUSTOMIZATION;

  private KubernetesFileChecks() {}

  static void check(KubernetesChecks c) {
    KubernetesManifests k8s = c.k8s;
    k8s.unreadable.forEach(
        (f, why) -> c.add("%s: fabric8's Kubernetes model cannot read it: %s", f, why));
    Set<String> onDisk = new TreeSet<>(k8s.files.keySet());
    onDisk.addAll(k8s.unreadable.keySet());
    for (String file : onDisk) {
      if (!k8s.resources.contains(file)) {
        c.add(
            "%s: resources does not list %s, so `kubectl apply -k` leaves it out.",
            KUSTOMIZATION, file);
      }
    }
    for (String file : k8s.resources) {
      if (!onDisk.contains(file)) {
        c.add(
            "%s: resources lists %s, which is no YAML file of %s.",
            KUSTOMIZATION, file, KubernetesManifests.DIRECTORY);
      }
    }
    if (k8s.find(Namespace.class, k8s.namespace).isEmpty()) {
      c.add(
          "%s: namespace '%s' is created by no Namespace of the files.",
          KUSTOMIZATION, k8s.namespace);
    }
    k8s.all().forEach(r -> checkResource(c, r));
    Set<String> composeImages = new TreeSet<>(c.composeImages().keySet());
    composeImages.removeIf(i -> !i.startsWith(MUSEUM_IMAGES));
    for (Workload w : k8s.workloads()) {
      w.containers().stream()
          .map(container -> String.valueOf(container.getImage()))
          .filter(image -> image.startsWith(MUSEUM_IMAGES))
          .forEach(image -> checkMuseumImage(c, w, image, composeImages));
    }
    k8s.imageTags.forEach(
        (image, tag) -> {
          if (k8s.workloads().stream().noneMatch(w -> w.running(image).isPresent())) {
            c.add("%s: images names %s, which no container runs.", KUSTOMIZATION, image);
          }
          if (tag.isBlank() || tag.equals("null")) {
            c.add("%s: images gives %s no newTag.", KUSTOMIZATION, image);
          }
        });
  }

  private static void checkResource(KubernetesChecks c, HasMetadata r) {
    String at = c.k8s.at(r);
    if (!(r instanceof GenericKubernetesResource)) {
      UnknownFields.of(r)
          .forEach(
              field ->
                  c.add(
                      "%s: %s is no field of %s %s (misspelt, or of another apiVersion).",
                      at, field, r.getApiVersion(), r.getKind()));
    } else if (!STRIMZI.equals(r.getApiVersion()) || !STRIMZI_KINDS.contains(r.getKind())) {
      c.add(
          "%s: %s %s is neither a kind of fabric8's model nor one of Strimzi's %s %s.",
          at, r.getApiVersion(), r.getKind(), STRIMZI, STRIMZI_KINDS);
    }
    if (r instanceof Secret) {
      c.add(
          "%s: secret values are never shipped; README.md says how to create the Secret with kubectl.",
          at);
    }
    String namespace = r.getMetadata().getNamespace();
    if (namespace != null && !namespace.equals(c.k8s.namespace)) {
      c.add(
          "%s: metadata.namespace is %s, not the kustomization's %s.",
          at, namespace, c.k8s.namespace);
    }
  }

  private static void checkMuseumImage(
      KubernetesChecks c, Workload w, String image, Set<String> composeImages) {
    String at = c.k8s.at(w.resource()) + ": image " + image;
    String name = image.substring(MUSEUM_IMAGES.length()).split("[:@]")[0];
    if (!image.equals(MUSEUM_IMAGES + name)) {
      c.add("%s carries a tag; the tag belongs in %s's images (newTag).", at, KUSTOMIZATION);
    } else if (!composeImages.contains(image)) {
      c.add("%s is none of the images of compose.yaml's Liberty services %s.", at, composeImages);
    } else if (!c.k8s.imageTags.containsKey(image)) {
      c.add("%s has no entry in %s's images, so its tag cannot be set there.", at, KUSTOMIZATION);
    }
    if (!name.equals(w.name())) {
      c.add(
          "%s runs in a workload named %s; name it %s, like the image and compose's service.",
          at, w.name(), name);
    }
  }
}

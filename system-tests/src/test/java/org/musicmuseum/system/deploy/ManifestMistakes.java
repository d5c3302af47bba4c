package org.musicmuseum.system.deploy;

import static org.junit.jupiter.api.Named.named;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Mistakes made on purpose in a copy of deploy/k8s's manifests, for the tests that check that
 * KubernetesChecks names each: the manifests read once, and ways to reach into a copy.
 */
final class ManifestMistakes {

  static final DeployFiles FILES = DeployFiles.load();
  private static KubernetesManifests manifests;

  private ManifestMistakes() {}

  /** deploy/k8s's manifests as the files say, read on first use. */
  static synchronized KubernetesManifests manifests() {
    if (manifests == null) {
      try {
        manifests = KubernetesManifests.load(FILES.root.resolve(KubernetesManifests.DIRECTORY));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return manifests;
  }

  /** The problems of a copy of the manifests after {@code mistake}. */
  static List<String> problemsAfter(Consumer<KubernetesManifests> mistake) {
    KubernetesManifests copy = manifests().copy();
    mistake.accept(copy);
    return KubernetesChecks.problems(copy, FILES);
  }

  /** A case: the mistake (named for the test's report) and a part of the problem expected. */
  static Arguments mistake(String name, Consumer<KubernetesManifests> mistake, String expected) {
    return Arguments.of(named(name, mistake), expected);
  }

  static <T extends HasMetadata> T find(KubernetesManifests k, Class<T> type, String name) {
    return k.find(type, name).orElseThrow();
  }

  /** The first container of the Deployment or StatefulSet {@code workload}. */
  static Container container(KubernetesManifests k, String workload) {
    return k.workloads().stream()
        .filter(w -> w.name().equals(workload))
        .findFirst()
        .orElseThrow()
        .containers()
        .get(0);
  }

  static EnvVar env(KubernetesManifests k, String workload, String name) {
    return container(k, workload).getEnv().stream()
        .filter(e -> e.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static Map<String, String> config(KubernetesManifests k) {
    return find(k, ConfigMap.class, "museum-config").getData();
  }

  /** The spec of a Strimzi resource (a KafkaTopic, the Kafka). */
  static Map<String, Object> spec(KubernetesManifests k, String name) {
    return DeployFiles.map(find(k, GenericKubernetesResource.class, name).get("spec"));
  }

  static List<HTTPIngressPath> paths(KubernetesManifests k, String ingress) {
    return find(k, Ingress.class, ingress).getSpec().getRules().get(0).getHttp().getPaths();
  }
}

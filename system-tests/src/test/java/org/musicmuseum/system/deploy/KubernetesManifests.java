package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifests of deploy/k8s, read with fabric8's Kubernetes model: each YAML file's
 * resources as typed objects (Strimzi's custom resources as generic ones), and what
 * kustomization.yaml says (its resources, namespace and image tags). A test may change a copy.
 */
final class KubernetesManifests {

  static final String DIRECTORY = "deploy/k8s";
  static final String KUSTOMIZATION = "kustomization.yaml";
  static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** Each manifest file (not kustomization.yaml) by name, with the resources it holds in order. */
  final Map<String, List<HasMetadata>> files = new LinkedHashMap<>();

  /** Files that the model could not read, with the reason. */
  final Map<String, String> unreadable = new LinkedHashMap<>();

  final List<String> resources = new ArrayList<>();
  final Map<String, String> imageTags = new LinkedHashMap<>();
  String namespace = "";

  private KubernetesManifests() {}

  /** Reads every YAML file of {@code dir}. */
  static KubernetesManifests load(Path dir) throws IOException {
    KubernetesManifests k8s = new KubernetesManifests();
    try (Stream<Path> listing = Files.list(dir)) {
      for (Path file : listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.equals(KUSTOMIZATION)) {
          try (InputStream in = Files.newInputStream(file)) {
            k8s.files.put(name, asList(SERIALIZATION.unmarshal(in)));
          } catch (RuntimeException e) {
            k8s.unreadable.put(name, String.valueOf(e.getMessage()));
          }
        }
      }
    }
    Path kustomization = dir.resolve(KUSTOMIZATION);
    if (Files.isRegularFile(kustomization)) {
      try (Reader in = Files.newBufferedReader(kustomization)) {
        Map<String, Object> k =
            DeployFiles.map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        DeployFiles.list(k.get("resources")).forEach(r -> k8s.resources.add(String.valueOf(r)));
        for (Object image : DeployFiles.list(k.get("images"))) {
          Map<String, Object> entry = DeployFiles.map(image);
          k8s.imageTags.put(String.valueOf(entry.get("name")), String.valueOf(entry.get("newTag")));
        }
        k8s.namespace = String.valueOf(k.getOrDefault("namespace", ""));
      }
    }
    return k8s;
  }

  private static List<HasMetadata> asList(Object parsed) {
    List<HasMetadata> list = new ArrayList<>();
    if (parsed instanceof List<?> many) {
      many.forEach(r -> list.add((HasMetadata) r));
    } else if (parsed instanceof HasMetadata one) {
      list.add(one);
    }
    return list;
  }

  /** A deep copy, for a test to change. */
  KubernetesManifests copy() {
    KubernetesManifests copy = new KubernetesManifests();
    files.forEach(
        (name, list) ->
            copy.files.put(
                name, new ArrayList<>(list.stream().map(SERIALIZATION::clone).toList())));
    copy.unreadable.putAll(unreadable);
    copy.resources.addAll(resources);
    copy.imageTags.putAll(imageTags);
    copy.namespace = namespace;
    return copy;
  }

  Stream<HasMetadata> all() {
    return files.values().stream().flatMap(List::stream);
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return all().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
    return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
  }

  /** Strimzi's resources of one kind (Kafka, KafkaNodePool, KafkaTopic). */
  List<GenericKubernetesResource> custom(String kind) {
    return all(GenericKubernetesResource.class).stream()
        .filter(r -> r.getKind().equals(kind))
        .toList();
  }

  /** Every Deployment and StatefulSet. */
  List<Workload> workloads() {
    List<Workload> workloads = new ArrayList<>();
    all()
        .forEach(
            r -> {
              if (r instanceof Deployment d) {
                workloads.add(Workload.of(d));
              } else if (r instanceof StatefulSet s) {
                workloads.add(Workload.of(s));
              }
            });
    return workloads;
  }

  /** Where a resource is, for a problem's text: "receiver.yaml Deployment/receiver". */
  String at(HasMetadata resource) {
    String file =
        files.entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(r -> r == resource))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("?");
    return file + " " + resource.getKind() + "/" + resource.getMetadata().getName();
  }
}

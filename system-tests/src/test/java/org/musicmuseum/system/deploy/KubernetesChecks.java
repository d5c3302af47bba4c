package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the manifests of deploy/k8s against deploy/compose.yaml, deploy/nginx.conf and the build,
 * and returns the problems found, each naming the file, the resource and the field. The checks
 * themselves are in the Kubernetes*Checks classes, one subject each; this class pairs each image
 * compose runs with the container of the manifests that runs it.
 */
final class KubernetesChecks {

  /** An image compose runs, the compose services that run it, and its container here. */
  record Target(
      String image, List<String> composeServices, Workload workload, Container container) {

    /** The workload's name, which is also its Service's: receiver for receiver-1 and -2. */
    String name() {
      return workload.name();
    }
  }

  final KubernetesManifests k8s;
  final DeployFiles files;
  final List<String> problems = new ArrayList<>();

  /** Each compose image that a container of the manifests runs, by image. */
  final Map<String, Target> targets = new LinkedHashMap<>();

  /** The targets of compose's Liberty services (Dockerfile.liberty), by image. */
  final Map<String, Target> liberty = new LinkedHashMap<>();

  private KubernetesChecks(KubernetesManifests k8s, DeployFiles files) {
    this.k8s = k8s;
    this.files = files;
    Map<String, Map<String, String>> libertyServices = files.libertyServices();
    composeImages()
        .forEach(
            (image, services) -> {
              List<Workload> running =
                  k8s.workloads().stream().filter(w -> w.running(image).isPresent()).toList();
              boolean isLiberty = services.stream().anyMatch(libertyServices::containsKey);
              if (running.size() == 1) {
                Workload w = running.get(0);
                Target t = new Target(image, services, w, w.running(image).orElseThrow());
                targets.put(image, t);
                if (isLiberty) {
                  liberty.put(image, t);
                }
              } else if (isLiberty || running.size() > 1) {
                problems.add(
                    String.format(
                        "%s: %d Deployments or StatefulSets run the image %s of compose's %s; one must.",
                        KubernetesManifests.DIRECTORY, running.size(), image, services));
              }
            });
  }

  /** Every problem of {@code k8s}, checked against the compose and nginx files of {@code files}. */
  static List<String> problems(KubernetesManifests k8s, DeployFiles files) {
    KubernetesChecks checks = new KubernetesChecks(k8s, files);
    KubernetesFileChecks.check(checks);
    KubernetesPortChecks.check(checks);
    KubernetesContainerChecks.check(checks);
    KubernetesEnvironmentChecks.check(checks);
    KubernetesSecretChecks.check(checks);
    KubernetesJwtMountChecks.check(checks);
    KubernetesKafkaChecks.check(checks);
    KubernetesTopicChecks.check(checks);
    KubernetesTopologyChecks.check(checks);
    KubernetesIngressChecks.check(checks);
    KubernetesIngressSettingsChecks.check(checks);
    return checks.problems;
  }

  void add(String problem) {
    problems.add(problem);
  }

  /** Adds a problem written with {@link String#format}. */
  void add(String format, Object... args) {
    problems.add(String.format(format, args));
  }

  /** Where a target's container is, for a problem's text. */
  String at(Target t) {
    return k8s.at(t.workload().resource()) + " container " + t.container().getName();
  }

  /**
   * The image a compose service's image is here: without its tag when compose takes the tag from a
   * variable (music-museum/receiver:${MUSEUM_TAG:-latest}; kustomization.yaml tags those), else the
   * same (mysql:8.4).
   */
  static String imageHere(String composeImage) {
    int colon = composeImage.indexOf(':', composeImage.lastIndexOf('/') + 1);
    boolean variableTag = colon > 0 && composeImage.startsWith("${", colon + 1);
    return variableTag ? composeImage.substring(0, colon) : composeImage;
  }

  /** The compose services by the image they run here, in compose's order. */
  Map<String, List<String>> composeImages() {
    Map<String, List<String>> images = new LinkedHashMap<>();
    files.services.forEach(
        (name, svc) -> {
          Object image = svc.get("image");
          if (image != null) {
            images
                .computeIfAbsent(imageHere(String.valueOf(image)), i -> new ArrayList<>())
                .add(name);
          }
        });
    return images;
  }

  /** The image a compose service runs here, or "" when it has none. */
  String imageOf(String composeService) {
    Object image = files.services.getOrDefault(composeService, Map.of()).get("image");
    return image == null ? "" : imageHere(String.valueOf(image));
  }

  /** The Services whose selector picks the pods of {@code w}. */
  List<Service> servicesOf(Workload w) {
    return k8s.all(Service.class).stream()
        .filter(s -> w.podsMatch(s.getSpec().getSelector()))
        .toList();
  }

  /** The workloads whose pods a Service selects. */
  List<Workload> selectedBy(Service s) {
    return k8s.workloads().stream().filter(w -> w.podsMatch(s.getSpec().getSelector())).toList();
  }

  /** A compose service's HTTP_PORT (its environment, else its build argument). */
  String httpPort(Target t) {
    String svc = t.composeServices().get(0);
    return Optional.ofNullable(files.environment(svc).get("HTTP_PORT"))
        .orElse(files.libertyServices().getOrDefault(svc, Map.of()).getOrDefault("HTTP_PORT", ""));
  }
}

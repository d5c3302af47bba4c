package org.musicmuseum.system.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Deployments of deploy/k8s played by {@code podman kube play} next to a running container
 * deployment, with what a cluster would provide and this machine cannot put in its place:
 *
 * <ul>
 *   <li>the host network (no cluster network here): each container listens on a port of its own,
 *       {@code HTTP_PORT}, and declares no port mapping;
 *   <li>one replica, and the image built here ({@code localhost/<image>:latest});
 *   <li>the ConfigMap's addresses of Kafka and the database moved to the deployment's;
 *   <li>each Secret key given as its value, and the secret volume as a host directory holding its
 *       files: podman 4.3 cannot read Kubernetes secrets back (podman issue 16269, fixed in 4.4).
 * </ul>
 *
 * Everything else (image, variables, probes, mounts, security context) is played as written.
 */
public final class KubePlay {

  private final Path root;
  private final Map<String, String> config;
  private final Map<String, String> secrets;
  private final Path secretDir;

  /**
   * @param config ConfigMap values to replace (the addresses)
   * @param secrets each Secret key's value
   * @param secretDir the directory that stands for the secret volume
   */
  public KubePlay(
      Path root, Map<String, String> config, Map<String, String> secrets, Path secretDir) {
    this.root = root;
    this.config = Map.copyOf(config);
    this.secrets = Map.copyOf(secrets);
    this.secretDir = secretDir;
  }

  /** The directory that stands for the secret volume. */
  public Path secretDir() {
    return secretDir;
  }

  /** The YAML podman plays: the ConfigMap, then the Deployment of each workload on its port. */
  public String manifest(Map<String, Integer> ports) {
    List<Object> documents = new ArrayList<>();
    Map<String, Object> configMap = load("config.yaml").get(0);
    DeployFiles.map(configMap.get("data")).putAll(config);
    documents.add(configMap);
    for (Map.Entry<String, Integer> workload : ports.entrySet()) {
      for (Map<String, Object> doc : load(workload.getKey() + ".yaml")) {
        if ("Deployment".equals(doc.get("kind"))) {
          documents.add(played(doc, workload.getValue()));
        }
      }
    }
    return new Yaml().dumpAll(documents.iterator());
  }

  private Map<String, Object> played(Map<String, Object> deployment, int port) {
    Map<String, Object> spec = DeployFiles.map(deployment.get("spec"));
    spec.put("replicas", 1);
    Map<String, Object> pod = DeployFiles.map(DeployFiles.map(spec.get("template")).get("spec"));
    pod.put("hostNetwork", true);
    for (Object each : DeployFiles.list(pod.get("containers"))) {
      Map<String, Object> container = DeployFiles.map(each);
      container.put("image", "localhost/" + container.get("image") + ":latest");
      container.remove("ports");
      for (Object variable : DeployFiles.list(container.get("env"))) {
        Map<String, Object> env = DeployFiles.map(variable);
        if ("HTTP_PORT".equals(env.get("name"))) {
          env.put("value", Integer.toString(port));
        }
        Object from = env.get("valueFrom");
        if (from instanceof Map<?, ?> source
            && source.get("secretKeyRef") instanceof Map<?, ?> ref) {
          env.remove("valueFrom");
          env.put("value", secrets.get(String.valueOf(ref.get("key"))));
        }
      }
    }
    for (Object each : DeployFiles.list(pod.get("volumes"))) {
      Map<String, Object> volume = DeployFiles.map(each);
      if (volume.remove("secret") != null) {
        volume.put("hostPath", Map.of("path", secretDir.toString(), "type", "Directory"));
      }
    }
    return deployment;
  }

  private List<Map<String, Object>> load(String file) {
    try (Reader in = Files.newBufferedReader(root.resolve("deploy/k8s").resolve(file))) {
      List<Map<String, Object>> docs = new ArrayList<>();
      for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
        if (doc != null) {
          docs.add(DeployFiles.map(doc));
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/**
 * Checks Kafka as Strimzi runs it: one cluster (a Kafka resource) of the build's Kafka version that
 * creates no topic by itself, with brokers in KafkaNodePools labelled with its name.
 */
final class KubernetesKafkaChecks {

  static final String CLUSTER_LABEL = "strimzi.io/cluster";

  private KubernetesKafkaChecks() {}

  static void check(KubernetesChecks c) {
    List<GenericKubernetesResource> clusters = c.k8s.custom("Kafka");
    if (clusters.size() != 1) {
      c.add(
          "%s: %d Strimzi Kafka clusters; one must run.",
          KubernetesManifests.DIRECTORY, clusters.size());
      return;
    }
    GenericKubernetesResource kafka = clusters.get(0);
    String at = c.k8s.at(kafka);
    String version = c.files.rootProperties.get("kafka.version");
    Object actual = kafka.get("spec", "kafka", "version");
    if (!String.valueOf(actual).equals(version)) {
      c.add(
          "%s: spec.kafka.version is %s, not the build's kafka.version %s (compose's image).",
          at, actual, version);
    }
    Map<String, Object> config = DeployFiles.map(kafka.get("spec", "kafka", "config"));
    if (!"false".equals(String.valueOf(config.get("auto.create.topics.enable")))) {
      c.add(
          "%s: spec.kafka.config must set auto.create.topics.enable false, as compose does: topics are created on purpose.",
          at);
    }
    if (brokers(c) == 0) {
      c.add(
          "%s: no KafkaNodePool labelled %s=%s has brokers.",
          at, CLUSTER_LABEL, kafka.getMetadata().getName());
    }
  }

  /** The name of the one Kafka cluster, or "" when there is not exactly one. */
  static String cluster(KubernetesChecks c) {
    List<GenericKubernetesResource> clusters = c.k8s.custom("Kafka");
    return clusters.size() == 1 ? clusters.get(0).getMetadata().getName() : "";
  }

  /** How many brokers the node pools of the cluster run. */
  static int brokers(KubernetesChecks c) {
    int brokers = 0;
    for (GenericKubernetesResource pool : c.k8s.custom("KafkaNodePool")) {
      boolean ofCluster = cluster(c).equals(labels(pool).get(CLUSTER_LABEL));
      if (ofCluster && DeployFiles.list(pool.get("spec", "roles")).contains("broker")) {
        brokers += number(pool.get("spec", "replicas"));
      }
    }
    return brokers;
  }

  static Map<String, String> labels(GenericKubernetesResource r) {
    Map<String, String> labels = r.getMetadata().getLabels();
    return labels == null ? Map.of() : labels;
  }

  static int number(Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }
}

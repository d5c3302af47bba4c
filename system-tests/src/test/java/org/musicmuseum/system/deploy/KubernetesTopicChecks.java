package org.musicmuseum.system.deploy;

import static org.musicmuseum.system.deploy.KubernetesKafkaChecks.number;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.musicmuseum.events.Topics;
import org.musicmuseum.system.deploy.KubernetesChecks.Target;

/**
 * Checks the two KafkaTopics: each of the Kafka cluster here, with the partitions and settings of
 * music-events' Topics (the updates topic with the partitions compose's kafka-init gives it), and
 * at most as many replicas as brokers; and no more storage replicas than music-events has
 * partitions, since the replicas of one consumer group share them.
 */
final class KubernetesTopicChecks {

  /** The compose service whose replicas share music-events' partitions (Topics.STORAGE_GROUP). */
  static final String STORAGE = "storage";

  private static final Pattern UPDATES_PARTITIONS =
      Pattern.compile("--topic\\s+" + Pattern.quote(Topics.UPDATES) + "\\s+--partitions\\s+(\\d+)");

  private KubernetesTopicChecks() {}

  static void check(KubernetesChecks c) {
    String cluster = KubernetesKafkaChecks.cluster(c);
    int brokers = KubernetesKafkaChecks.brokers(c);
    Map<String, GenericKubernetesResource> topics = new TreeMap<>();
    for (GenericKubernetesResource topic : c.k8s.custom("KafkaTopic")) {
      String name =
          Optional.ofNullable(topic.<String>get("spec", "topicName"))
              .orElse(topic.getMetadata().getName());
      topics.put(name, topic);
      String label = KubernetesKafkaChecks.labels(topic).get(KubernetesKafkaChecks.CLUSTER_LABEL);
      if (!cluster.equals(label)) {
        c.add(
            "%s: metadata.labels %s is %s, not the Kafka cluster %s.",
            c.k8s.at(topic), KubernetesKafkaChecks.CLUSTER_LABEL, label, cluster);
      }
      if (number(topic.get("spec", "replicas")) > brokers) {
        c.add(
            "%s: spec.replicas %s is more than the %d brokers.",
            c.k8s.at(topic), topic.get("spec", "replicas"), brokers);
      }
    }
    Object kafkaInit = c.files.services.getOrDefault("kafka-init", Map.of()).get("command");
    Matcher updates = UPDATES_PARTITIONS.matcher(String.valueOf(kafkaInit));
    int updatesPartitions = updates.find() ? Integer.parseInt(updates.group(1)) : -1;
    int partitions =
        topic(
            c,
            topics.get(Topics.MUSIC_EVENTS),
            Topics.MUSIC_EVENTS,
            Topics.DEFAULT_PARTITIONS,
            Topics.musicEventsTopicConfig());
    topic(
        c,
        topics.get(Topics.UPDATES),
        Topics.UPDATES,
        updatesPartitions,
        Topics.updatesTopicConfig());
    Target storage = c.targets.get(c.imageOf(STORAGE));
    if (storage != null && storage.workload().replicas() > partitions) {
      c.add(
          "%s: spec.replicas %d is more than the %d partitions of %s; the replicas past that would have no work.",
          c.k8s.at(storage.workload().resource()),
          storage.workload().replicas(),
          partitions,
          Topics.MUSIC_EVENTS);
    }
  }

  /** Checks one topic; returns its partitions. */
  private static int topic(
      KubernetesChecks c,
      GenericKubernetesResource topic,
      String name,
      int partitions,
      Map<String, String> config) {
    if (topic == null) {
      c.add("%s: no KafkaTopic creates %s.", KubernetesManifests.DIRECTORY, name);
      return 0;
    }
    String at = c.k8s.at(topic);
    int actual = number(topic.get("spec", "partitions"));
    if (actual != partitions) {
      c.add(
          "%s: spec.partitions is %d, but %s has %d (Topics and compose's kafka-init).",
          at, actual, name, partitions);
    }
    Map<String, String> actualConfig = new TreeMap<>();
    DeployFiles.map(topic.get("spec", "config"))
        .forEach((k, v) -> actualConfig.put(k, String.valueOf(v)));
    if (!actualConfig.equals(new TreeMap<>(config))) {
      c.add(
          "%s: spec.config is %s, but Topics creates %s with %s.",
          at, actualConfig, name, new TreeMap<>(config));
    }
    return actual;
  }
}

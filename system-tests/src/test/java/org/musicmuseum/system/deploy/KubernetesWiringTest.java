package org.musicmuseum.system.deploy;

import static org.musicmuseum.system.deploy.ManifestMistakes.find;
import static org.musicmuseum.system.deploy.ManifestMistakes.mistake;
import static org.musicmuseum.system.deploy.ManifestMistakes.paths;
import static org.musicmuseum.system.deploy.ManifestMistakes.spec;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Checks that KubernetesChecks names a mistake in how deploy/k8s's resources fit together, made in
 * a copy: Kafka's topics against Topics, the storage replicas against the partitions, selectors,
 * the autoscaler, volumes, and the Ingresses against deploy/nginx.conf.
 */
class KubernetesWiringTest extends ManifestMistakeCases {

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake(
            "fewer partitions",
            k -> spec(k, "music-events").put("partitions", 3),
            "topics.yaml KafkaTopic/music-events: spec.partitions is 3, but music-events has 6"),
        mistake(
            "other topic settings",
            k ->
                DeployFiles.map(spec(k, "museum-updates").get("config")).put("retention.ms", 60000),
            "topics.yaml KafkaTopic/museum-updates: spec.config is {cleanup.policy=delete, retention.ms=60000"),
        mistake(
            "topics that create themselves",
            k ->
                DeployFiles.map(DeployFiles.map(spec(k, "museum").get("kafka")).get("config"))
                    .put("auto.create.topics.enable", true),
            "kafka.yaml Kafka/museum: spec.kafka.config must set auto.create.topics.enable false"),
        mistake(
            "more storage replicas than partitions",
            k -> find(k, Deployment.class, "storage").getSpec().setReplicas(7),
            "storage.yaml Deployment/storage: spec.replicas 7 is more than the 6 partitions of music-events"),
        mistake(
            "an autoscaler of nothing",
            k ->
                find(k, HorizontalPodAutoscaler.class, "receiver")
                    .getSpec()
                    .getScaleTargetRef()
                    .setName("receivers"),
            "receiver.yaml HorizontalPodAutoscaler/receiver: spec.scaleTargetRef Deployment/receivers is no workload"),
        mistake(
            "a budget for no pods",
            k ->
                find(k, PodDisruptionBudget.class, "audit")
                    .getSpec()
                    .getSelector()
                    .setMatchLabels(Map.of("app.kubernetes.io/name", "auditor")),
            "audit.yaml PodDisruptionBudget/audit: spec.selector.matchLabels {app.kubernetes.io/name=auditor} matches the pod template of no"),
        mistake(
            "a Service on another port",
            k -> find(k, Service.class, "dashboard").getSpec().getPorts().get(0).setPort(3001),
            "dashboard.yaml Service/dashboard: spec.ports has no port 3000 with targetPort 3000"),
        mistake(
            "a data directory without a volume",
            k -> find(k, StatefulSet.class, "health").getSpec().setVolumeClaimTemplates(List.of()),
            "health.yaml StatefulSet/health container health: compose keeps /opt/ol/wlp/output/defaultServer/data on the volume health-data"),
        mistake(
            "an Ingress to a missing port",
            k -> paths(k, "museum").get(0).getBackend().getService().getPort().setNumber(8091),
            "ingress.yaml Ingress/museum: path /storage backend storage port 8091 is no port of Service storage [8090]"),
        mistake(
            "a location without a path",
            k -> paths(k, "museum").remove(1),
            "ingress.yaml Ingress/museum: path / (nginx.conf's location /processing/) goes to a Service whose pods do not run music-museum/processing"),
        mistake(
            "buffered server-sent events",
            k ->
                find(k, Ingress.class, "museum-streams")
                    .getMetadata()
                    .getAnnotations()
                    .put("nginx.ingress.kubernetes.io/proxy-buffering", "on"),
            "path /api/updates (nginx.conf's location /api/updates): annotation nginx.ingress.kubernetes.io/proxy-buffering is on, but nginx.conf has proxy_buffering off"),
        mistake(
            "another body size",
            k ->
                find(k, Ingress.class, "museum-receiver")
                    .getMetadata()
                    .getAnnotations()
                    .put("nginx.ingress.kubernetes.io/proxy-body-size", "1m"),
            "annotation nginx.ingress.kubernetes.io/proxy-body-size is 1m, but nginx.conf has client_max_body_size 4m"),
        mistake(
            "another rate limit",
            k ->
                find(k, Ingress.class, "museum-receiver")
                    .getMetadata()
                    .getAnnotations()
                    .remove("nginx.ingress.kubernetes.io/limit-burst-multiplier"),
            "annotations limit-rps 200 x limit-burst-multiplier 5 are not nginx.conf's rate 200/s with burst 400"));
  }
}

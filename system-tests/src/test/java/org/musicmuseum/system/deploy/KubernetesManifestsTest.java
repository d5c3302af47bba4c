package org.musicmuseum.system.deploy;

import static org.musicmuseum.system.deploy.DeployFiles.assertNoProblems;
import static org.musicmuseum.system.deploy.ManifestMistakes.container;
import static org.musicmuseum.system.deploy.ManifestMistakes.env;
import static org.musicmuseum.system.deploy.ManifestMistakes.mistake;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Checks the Kubernetes manifests of deploy/k8s with KubernetesChecks: the real files give no
 * problem; and a copy with one mistake of the files, images, ports, probes, containers, environment
 * or Secrets gives the problem that names it (KubernetesWiringTest: the rest).
 */
class KubernetesManifestsTest extends ManifestMistakeCases {

  @Test
  void theManifestsAgreeWithComposeNginxAndTheBuild() {
    assertNoProblems(
        KubernetesChecks.problems(ManifestMistakes.manifests(), ManifestMistakes.FILES));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake(
            "a file left out of kustomization.yaml",
            k -> k.resources.remove("audit.yaml"),
            "kustomization.yaml: resources does not list audit.yaml"),
        mistake(
            "a misspelt field",
            k -> container(k, "receiver").setAdditionalProperty("readinesProbe", Map.of()),
            "receiver.yaml Deployment/receiver: spec.template.spec.containers[0].readinesProbe is no field of apps/v1 Deployment"),
        mistake(
            "an image with a tag",
            k -> container(k, "dashboard").setImage("music-museum/dashboard:1.0"),
            "dashboard.yaml Deployment/dashboard: image music-museum/dashboard:1.0 carries a tag"),
        mistake(
            "another containerPort",
            k -> container(k, "receiver").getPorts().get(0).setContainerPort(8081),
            "receiver.yaml Deployment/receiver container receiver: ports[].containerPort is [8081], but compose's [receiver-1, receiver-2] listen on HTTP_PORT 8080"),
        mistake(
            "no readiness probe",
            k -> container(k, "storage").setReadinessProbe(null),
            "storage.yaml Deployment/storage container storage: readinessProbe is missing"),
        mistake(
            "a short startup probe",
            k -> container(k, "audit").getStartupProbe().setFailureThreshold(10),
            "audit.yaml StatefulSet/audit container audit: startupProbe allows 50 s"),
        mistake(
            "running as root",
            k -> container(k, "processing").getSecurityContext().setRunAsUser(0L),
            "processing.yaml StatefulSet/processing container processing: securityContext runs as user 0"),
        mistake(
            "no memory limit",
            k -> container(k, "health").getResources().getLimits().remove("memory"),
            "health.yaml StatefulSet/health container health: resources must give memory a request and a limit"),
        mistake(
            "a renamed variable",
            k -> env(k, "processing", "STORAGE_URL").setName("STORAGE_URI"),
            "processing.yaml StatefulSet/processing container processing: env STORAGE_URL is missing"),
        mistake(
            "a URL to another host",
            k -> ManifestMistakes.config(k).put("STORAGE_URL", "http://storage-svc:8090/storage"),
            "env STORAGE_URL names the host storage-svc, which is no Service of the manifests"),
        mistake(
            "a value unlike compose's",
            k -> ManifestMistakes.config(k).put("PROCESSING_INTERVAL_MS", "1000"),
            "env PROCESSING_INTERVAL_MS is '1000', but compose gives [processing] '250'"),
        mistake(
            "another Kafka bootstrap",
            k -> ManifestMistakes.config(k).put("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"),
            "env KAFKA_BOOTSTRAP_SERVERS names kafka:9092, which is none of the bootstrap addresses"),
        mistake(
            "a client id shared by the replicas",
            k -> env(k, "receiver", "KAFKA_PRODUCER_CLIENT_ID").setValueFrom(null),
            "env KAFKA_PRODUCER_CLIENT_ID is '', but compose's replicas differ in it"),
        mistake(
            "an unknown Secret",
            k ->
                env(k, "storage", "DB_PASSWORD")
                    .getValueFrom()
                    .getSecretKeyRef()
                    .setName("museum-database"),
            "storage.yaml Deployment/storage container storage: env DB_PASSWORD takes Secret museum-database, none of the Secrets README.md creates"),
        mistake(
            "a JWT key mounted writable",
            k -> container(k, "audit").getVolumeMounts().get(0).setReadOnly(false),
            "audit.yaml StatefulSet/audit container audit: volumeMounts jwt (Secret museum-jwt) is not readOnly"));
  }
}

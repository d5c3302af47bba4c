package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Volume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the three Secrets the manifests use but do not ship: every secretKeyRef and secret volume
 * names one of them and its key, and deploy/k8s/README.md has the kubectl command that creates
 * each.
 */
final class KubernetesSecretChecks {

  /** The Secrets and their keys (deploy/k8s/README.md creates them). */
  static final Map<String, Set<String>> SECRETS =
      Map.of(
          "museum-db", Set.of("MYSQL_PASSWORD"),
          "museum-keystore", Set.of("KEYSTORE_PASSWORD"),
          "museum-jwt", Set.of("jwt-public-key"));

  /** Where each value compose requires from its environment ({@code ${VAR:?…}}) is: Secret/key. */
  static final Map<String, String> SECRET_OF =
      Map.of(
          "MYSQL_PASSWORD", "museum-db/MYSQL_PASSWORD",
          "KEYSTORE_PASSWORD", "museum-keystore/KEYSTORE_PASSWORD",
          "JWT_PUBLIC_KEY_FILE", "museum-jwt/jwt-public-key");

  static final String README = KubernetesManifests.DIRECTORY + "/README.md";

  private KubernetesSecretChecks() {}

  static void check(KubernetesChecks c) {
    for (Workload w : c.k8s.workloads()) {
      String at = c.k8s.at(w.resource());
      for (Container container : w.containers()) {
        for (EnvVar var : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
          SecretKeySelector ref =
              var.getValueFrom() == null ? null : var.getValueFrom().getSecretKeyRef();
          if (ref != null) {
            checkKey(
                c,
                at + " container " + container.getName() + ": env " + var.getName(),
                ref.getName(),
                ref.getKey());
          }
        }
      }
      for (Volume v : Optional.ofNullable(w.pod().getVolumes()).orElse(List.of())) {
        if (v.getSecret() != null) {
          String secret = v.getSecret().getSecretName();
          checkKey(c, at + ": volume " + v.getName(), secret, null);
          for (KeyToPath item : Optional.ofNullable(v.getSecret().getItems()).orElse(List.of())) {
            checkKey(c, at + ": volume " + v.getName(), secret, item.getKey());
          }
        }
      }
    }
    String readme = readme(c);
    SECRETS.forEach(
        (name, keys) -> {
          for (String key : keys) {
            String command =
                "kubectl create secret generic "
                    + name
                    + "\\b[^\\n]*--from-(?:literal|file)="
                    + Pattern.quote(key)
                    + "=";
            if (!Pattern.compile(command).matcher(readme).find()) {
              c.add(
                  "%s: no `kubectl create secret generic %s … --from-…=%s=…` says how to create the Secret.",
                  README, name, key);
            }
          }
        });
  }

  private static void checkKey(KubernetesChecks c, String where, String secret, String key) {
    if (!SECRETS.containsKey(secret)) {
      c.add(
          "%s takes Secret %s, none of the Secrets README.md creates %s.",
          where, secret, SECRETS.keySet());
    } else if (key != null && !SECRETS.get(secret).contains(key)) {
      c.add(
          "%s takes key %s of Secret %s, which has only %s.",
          where, key, secret, SECRETS.get(secret));
    }
  }

  private static String readme(KubernetesChecks c) {
    try {
      return c.files.read(README);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

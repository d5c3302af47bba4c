package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The environment a container of the manifests gets, variable by variable: a value (written in the
 * manifest or taken from a ConfigMap of the manifests), a key of a Secret, or a field of the pod. A
 * reference to a ConfigMap or key the manifests lack is reported.
 */
final class ContainerEnv {

  /** One variable: exactly one of value, secret (with its key) and field is set. */
  record Value(String value, String secret, String secretKey, String field) {

    static Value of(String value) {
      return new Value(value, null, null, null);
    }

    String describe() {
      if (value != null) {
        return "'" + value + "'";
      }
      return secret != null
          ? "Secret " + secret + " key " + secretKey
          : field != null ? "the pod's field " + field : "nothing";
    }
  }

  private ContainerEnv() {}

  /** The variables of {@code c} by name; {@code problems} gets each dangling reference. */
  static Map<String, Value> of(
      KubernetesManifests k8s, Container c, String at, Consumer<String> problems) {
    Map<String, Value> env = new LinkedHashMap<>();
    for (EnvFromSource from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
      if (from.getConfigMapRef() != null) {
        String map = from.getConfigMapRef().getName();
        data(k8s, map, at, problems).forEach((k, v) -> env.put(prefix(from) + k, Value.of(v)));
      } else {
        problems.accept(at + ": envFrom takes a whole Secret; name each variable (secretKeyRef).");
      }
    }
    for (EnvVar var : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
      EnvVarSource from = var.getValueFrom();
      String name = var.getName();
      if (from == null) {
        env.put(name, Value.of(Optional.ofNullable(var.getValue()).orElse("")));
      } else if (from.getConfigMapKeyRef() != null) {
        String map = from.getConfigMapKeyRef().getName();
        String key = from.getConfigMapKeyRef().getKey();
        Map<String, String> data = data(k8s, map, at, problems);
        if (!data.containsKey(key) && k8s.find(ConfigMap.class, map).isPresent()) {
          problems.accept(
              at
                  + ": env "
                  + name
                  + " takes key "
                  + key
                  + " of ConfigMap "
                  + map
                  + ", which has no such key.");
        }
        env.put(name, Value.of(data.get(key)));
      } else if (from.getSecretKeyRef() != null) {
        env.put(
            name,
            new Value(
                null, from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey(), null));
      } else if (from.getFieldRef() != null) {
        env.put(name, new Value(null, null, null, from.getFieldRef().getFieldPath()));
      } else {
        env.put(name, new Value(null, null, null, "resource"));
      }
    }
    return env;
  }

  private static String prefix(EnvFromSource from) {
    return Optional.ofNullable(from.getPrefix()).orElse("");
  }

  private static Map<String, String> data(
      KubernetesManifests k8s, String name, String at, Consumer<String> problems) {
    Optional<ConfigMap> map = k8s.find(ConfigMap.class, name);
    if (map.isEmpty()) {
      problems.accept(
          at + ": refers to ConfigMap " + name + ", which the manifests do not define.");
      return Map.of();
    }
    return Optional.ofNullable(map.get().getData()).orElse(Map.of());
  }
}

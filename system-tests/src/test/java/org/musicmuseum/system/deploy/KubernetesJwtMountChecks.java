package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Optional;
import org.musicmuseum.system.deploy.KubernetesChecks.Target;

/**
 * Checks that every Liberty container mounts the token issuer's public key (the Secret museum-jwt,
 * compose's file secret jwt-public-key) read-only, at the path its MP_JWT_VERIFY_PUBLICKEY_LOCATION
 * names.
 */
final class KubernetesJwtMountChecks {

  static final String SECRET = "museum-jwt";
  static final String KEY = "jwt-public-key";
  static final String LOCATION = "MP_JWT_VERIFY_PUBLICKEY_LOCATION";

  private KubernetesJwtMountChecks() {}

  static void check(KubernetesChecks c) {
    for (Target t : c.liberty.values()) {
      String at = c.at(t);
      Optional<Volume> volume =
          Optional.ofNullable(t.workload().pod().getVolumes()).orElse(List.of()).stream()
              .filter(v -> v.getSecret() != null && SECRET.equals(v.getSecret().getSecretName()))
              .findFirst();
      Optional<VolumeMount> mount =
          volume.flatMap(
              v ->
                  Optional.ofNullable(t.container().getVolumeMounts()).orElse(List.of()).stream()
                      .filter(m -> m.getName().equals(v.getName()))
                      .findFirst());
      if (mount.isEmpty()) {
        c.add("%s: does not mount Secret %s (the token issuer's public key).", at, SECRET);
        continue;
      }
      if (!Boolean.TRUE.equals(mount.get().getReadOnly())) {
        c.add(
            "%s: volumeMounts %s (Secret %s) is not readOnly.", at, mount.get().getName(), SECRET);
      }
      String file =
          Optional.ofNullable(volume.get().getSecret().getItems()).orElse(List.of()).stream()
              .filter(i -> KEY.equals(i.getKey()))
              .map(KeyToPath::getPath)
              .findFirst()
              .orElse(KEY);
      String path = mount.get().getMountPath().replaceAll("/$", "") + "/" + file;
      ContainerEnv.Value location =
          ContainerEnv.of(c.k8s, t.container(), at, p -> {}).get(LOCATION);
      if (location == null || !path.equals(location.value())) {
        c.add(
            "%s: env %s is %s, but Secret %s's key %s is mounted at %s.",
            at, LOCATION, location == null ? "missing" : location.describe(), SECRET, KEY, path);
      }
    }
  }
}

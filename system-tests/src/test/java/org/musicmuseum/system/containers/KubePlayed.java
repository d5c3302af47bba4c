package org.musicmuseum.system.containers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.system.deploy.KubePlay;

/**
 * Kubernetes workloads running under {@code podman kube play}, each on a free port; {@link #close}
 * takes them down ({@code podman kube down}).
 */
public final class KubePlayed implements AutoCloseable {

  private final Path manifest;
  private final Map<String, Integer> ports;
  private final Function<String[], String> podman;

  private KubePlayed(Path manifest, Map<String, Integer> ports, Function<String[], String> podman) {
    this.manifest = manifest;
    this.ports = Map.copyOf(ports);
    this.podman = podman;
  }

  static KubePlayed start(
      KubePlay play, Path publicKey, Function<String[], String> podman, List<String> workloads) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    List<Integer> free = Ports.free(workloads.size());
    for (int i = 0; i < workloads.size(); i++) {
      ports.put(workloads.get(i), free.get(i));
    }
    try {
      Path dir = Files.createDirectories(play.secretDir());
      Path key = dir.resolve("jwt-public-key");
      Files.copy(publicKey, key, StandardCopyOption.REPLACE_EXISTING);
      // The containers run as user 1001: the key must be readable by others, as a mounted secret
      // is.
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path manifest = dir.resolveSibling("k8s-played.yaml");
      Files.writeString(manifest, play.manifest(ports));
      KubePlayed played = new KubePlayed(manifest, ports, podman);
      try {
        podman.apply(new String[] {"kube", "play", manifest.toString()});
      } catch (RuntimeException e) {
        played.close();
        throw e;
      }
      return played;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port a played workload listens on. */
  public int port(String workload) {
    return ports.get(workload);
  }

  /** The pods and containers podman runs for the played workloads now. */
  public String pods() {
    return podman.apply(new String[] {"pod", "ps", "--format", "{{.Name}} {{.Status}}"});
  }

  @Override
  public void close() {
    podman.apply(new String[] {"kube", "down", manifest.toString()});
  }
}

package org.musicmuseum.stack.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service of a {@link ComposeProject}, substituted: the parts of the compose specification the
 * deployment uses, with the file's defaults (restart {@code no}, condition {@code
 * service_started}).
 */
record ServiceDef(String name, Map<String, Object> raw, List<String> listenVariables) {

  /** A build: context and Containerfile relative to the project directory, and its arguments. */
  record Build(String context, String dockerfile, Map<String, String> args) {}

  /** A port the service listens on and the variable that moves it. */
  record Listen(int port, String variable) {}

  String image() {
    Object image = raw.get("image");
    if (image == null) {
      throw new IllegalArgumentException("service " + name + " names no image");
    }
    return String.valueOf(image);
  }

  Optional<Build> build() {
    Map<String, Object> build = YamlMaps.map(raw.get("build"));
    if (build.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> args = new LinkedHashMap<>();
    YamlMaps.map(build.get("args")).forEach((k, v) -> args.put(k, String.valueOf(v)));
    return Optional.of(
        new Build(
            String.valueOf(build.getOrDefault("context", ".")),
            String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")),
            args));
  }

  /** The environment, from either compose form (map, or list of NAME=value). */
  Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    Object value = raw.get("environment");
    if (value instanceof Map<?, ?>) {
      YamlMaps.map(value)
          .forEach(
              (k, v) -> {
                if (v != null) {
                  env.put(k, String.valueOf(v));
                }
              });
    } else {
      for (String entry : YamlMaps.strings(value)) {
        int eq = entry.indexOf('=');
        if (eq > 0) {
          env.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
      }
    }
    return env;
  }

  List<String> command() {
    return YamlMaps.strings(raw.get("command"));
  }

  List<String> entrypoint() {
    return YamlMaps.strings(raw.get("entrypoint"));
  }

  List<String> volumes() {
    return YamlMaps.strings(raw.get("volumes"));
  }

  List<String> secrets() {
    return YamlMaps.strings(raw.get("secrets"));
  }

  List<String> profiles() {
    return YamlMaps.strings(raw.get("profiles"));
  }

  String restart() {
    return String.valueOf(raw.getOrDefault("restart", "no"));
  }

  boolean oneShot() {
    return "no".equals(restart());
  }

  boolean hostNetwork() {
    return "host".equals(raw.get("network_mode"));
  }

  Map<String, Object> healthcheck() {
    return YamlMaps.map(raw.get("healthcheck"));
  }

  /** Each service this one waits for, with its condition. */
  Map<String, String> dependsOn() {
    Map<String, String> out = new LinkedHashMap<>();
    Object value = raw.get("depends_on");
    if (value instanceof Map<?, ?>) {
      YamlMaps.map(value)
          .forEach(
              (dep, spec) ->
                  out.put(
                      dep,
                      String.valueOf(
                          YamlMaps.map(spec).getOrDefault("condition", "service_started"))));
    } else {
      YamlMaps.strings(value).forEach(dep -> out.put(dep, "service_started"));
    }
    return out;
  }

  List<Listen> listens() {
    List<String> ports = YamlMaps.strings(raw.get("x-listens"));
    List<Listen> out = new ArrayList<>();
    for (int i = 0; i < ports.size(); i++) {
      String variable = i < listenVariables.size() ? listenVariables.get(i) : "";
      try {
        out.add(new Listen(Integer.parseInt(ports.get(i).trim()), variable));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            name + ": x-listens '" + ports.get(i) + "' is not a port (" + variable + ")", e);
      }
    }
    return out;
  }

  /** The target path of a volume entry ({@code source:target[:options]}, or just the target). */
  static String mountTarget(String mount) {
    String[] parts = mount.split(":");
    return parts.length == 1 ? parts[0] : parts[1];
  }
}

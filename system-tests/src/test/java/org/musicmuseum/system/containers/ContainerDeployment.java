package org.musicmuseum.system.containers;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.stack.StackLayout;
import org.musicmuseum.stack.deploy.Containers;
import org.musicmuseum.stack.deploy.DeployCommand;
import org.musicmuseum.stack.deploy.Podman;
import org.musicmuseum.stack.security.JwtKeys;
import org.musicmuseum.stack.security.TokenIssuer;
import org.musicmuseum.system.deploy.KubePlay;
import org.musicmuseum.testkit.Db;
import org.musicmuseum.testkit.TestStack;

/**
 * {@code ./museum deploy} for a test: a compose project of its own (its own name, so its containers
 * and volumes are told apart from anyone else's), every port variable of
 * deploy/local/compose.local.yaml set to a free port, the jwt profile with keys and a database
 * password of its own, and {@code down --volumes} at the end.
 */
public final class ContainerDeployment implements AutoCloseable {

  private final Path root;
  private final Path home;
  private final String project;
  private final Map<String, String> env;
  private final Podman podman;

  private ContainerDeployment(Path root, Path home, String project, Map<String, String> env) {
    this.root = root;
    this.home = home;
    this.project = project;
    this.env = Map.copyOf(env);
    this.podman = Podman.forProject(root, env);
  }

  /** Builds the images (incrementally), starts the deployment and waits until it is healthy. */
  public static ContainerDeployment start() {
    Path root = TestStack.root();
    Path home = TestStack.tempDir("system-tests", "containers");
    String project = "museum-it-" + ProcessHandle.current().pid();
    Map<String, String> env = new HashMap<>(System.getenv());
    List<String> variables = DeployCommand.portVariables(root);
    List<Integer> ports = Ports.free(variables.size());
    for (int i = 0; i < variables.size(); i++) {
      env.put(variables.get(i), String.valueOf(ports.get(i)));
    }
    env.put("MUSEUM_DEPLOY_PROJECT", project);
    env.put("SECURITY_PROFILE", "jwt");
    env.put("MYSQL_PASSWORD", UUID.randomUUID().toString());
    env.remove("KEYSTORE_PASSWORD");
    env.remove("JWT_PUBLIC_KEY_FILE");
    ContainerDeployment deployment = new ContainerDeployment(root, home, project, env);
    try {
      deployment.command("up");
    } catch (RuntimeException | AssertionError e) {
      deployment.close();
      throw e;
    }
    return deployment;
  }

  public String gateway() {
    return "http://127.0.0.1:" + env.get("DEPLOY_GATEWAY_PORT");
  }

  /** A writer's bearer token, signed with the deployment's key. */
  public String token() {
    JwtKeys keys = keys();
    return new TokenIssuer(
            TokenIssuer.DEFAULT_ISSUER,
            TokenIssuer.DEFAULT_AUDIENCE,
            JwtKeys.readPrivateKey(keys.privateKey()))
        .issue("containers-it", List.of("writer"), Instant.now(), Duration.ofHours(1));
  }

  /** The database container's database, as the museum user. */
  public Db db() {
    return new Db(
        "jdbc:mysql://127.0.0.1:" + env.get("DEPLOY_DB_PORT") + "/museum?sslMode=DISABLED",
        "museum",
        env.get("MYSQL_PASSWORD"));
  }

  /**
   * Workloads of deploy/k8s (e.g. "receiver", "storage") played by podman next to this deployment,
   * on its Kafka and database ({@link KubePlay}); closing removes them.
   */
  public KubePlayed playKubernetes(String... workloads) {
    JwtKeys keys = keys();
    Map<String, String> config =
        Map.of(
            "KAFKA_BOOTSTRAP_SERVERS",
            "127.0.0.1:" + env.get("DEPLOY_KAFKA_PORT"),
            "DB_URL",
            "jdbc:mysql://127.0.0.1:"
                + env.get("DEPLOY_DB_PORT")
                + "/museum?sslMode=PREFERRED&rewriteBatchedStatements=true");
    Map<String, String> secrets =
        Map.of(
            "MYSQL_PASSWORD", env.get("MYSQL_PASSWORD"),
            "KEYSTORE_PASSWORD", keys.keystorePassword());
    return KubePlayed.start(
        new KubePlay(root, config, secrets, home.resolve("k8s-secret")),
        keys.publicKey(),
        this::podman,
        List.of(workloads));
  }

  public String container(String service) {
    return Containers.name(project, service);
  }

  /** Runs podman with the deployment's settings; fails with its message if it fails. */
  public String podman(String... args) {
    return podman.check(List.of(args));
  }

  /**
   * Kills the service's server process with SIGKILL from the host, as a crash would (podman kill
   * would count as stopping it on purpose, and the restart policy would leave it stopped).
   */
  public void crash(String service) {
    long pid =
        Long.parseLong(podman("inspect", "--format", "{{.State.Pid}}", container(service)).strip());
    ProcessHandle.of(pid)
        .orElseThrow(() -> new IllegalStateException(service + " has no process " + pid))
        .destroyForcibly();
  }

  /** True when the container's health check passes now. */
  public boolean healthy(String service) {
    return podman.run(List.of("healthcheck", "run", container(service))).ok();
  }

  /** Containers and volumes of the project that still exist, and processes that name it. */
  public List<String> leftovers() {
    List<String> left = new ArrayList<>();
    String label = "label=" + Containers.PROJECT_LABEL + "=" + project;
    podman("ps", "-a", "-q", "--filter", label).lines().forEach(c -> left.add("container " + c));
    podman("volume", "ls", "-q", "--filter", label).lines().forEach(v -> left.add("volume " + v));
    ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains(project))
        .forEach(p -> left.add("process " + p.pid() + " " + p.info().commandLine().orElse("")));
    return left;
  }

  private void command(String... args) {
    int exit =
        new DeployCommand(
                root, home, StackLayout.defaultLibertyHome(root, env), keys(), env, System.out)
            .run(List.of(args));
    if (exit != 0) {
      throw new IllegalStateException("museum deploy " + String.join(" ", args) + ": exit " + exit);
    }
  }

  private JwtKeys keys() {
    return new JwtKeys(home.resolve("jwt"));
  }

  /** Stops and removes the containers and the volumes of the project. */
  @Override
  public void close() {
    command("down", "--volumes");
  }
}

package org.musicmuseum.stack.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.musicmuseum.stack.security.JwtKeys;

/**
 * {@code museum deploy up [--no-build] | down [--volumes] | status | build}: the compose deployment
 * (deploy/compose.yaml with deploy/local/compose.local.yaml over it) under podman on this machine.
 * Credentials the files ask for and the environment does not give are made once under the museum's
 * home: the database password, and the token keys and keystore password of {@code museum token}.
 */
public final class DeployCommand {

  private static final SecureRandom RANDOM = new SecureRandom();

  static final String USAGE =
      "usage: museum deploy up [--no-build] | down [--volumes] | status | build";

  private final DeploySettings settings;
  private final PrintStream out;

  public DeployCommand(
      Path root,
      Path home,
      Path libertyHome,
      JwtKeys keys,
      Map<String, String> env,
      PrintStream out) {
    this.settings = new DeploySettings(root, home, libertyHome, keys, env);
    this.out = out;
  }

  /** The compose files of the deployment on this machine, the production file first. */
  static List<Path> composeFiles(Path root) {
    return List.of(
        root.resolve("deploy/compose.yaml"), root.resolve("deploy/local/compose.local.yaml"));
  }

  /** The variables that move the deployment's ports (DEPLOY_GATEWAY_PORT, ...). */
  public static List<String> portVariables(Path root) {
    return ComposeProject.portVariables(composeFiles(root));
  }

  public int run(List<String> args) {
    String command = args.isEmpty() ? "" : args.get(0);
    List<String> options = args.isEmpty() ? List.of() : args.subList(1, args.size());
    switch (command) {
      case "up" -> {
        allow(options, "--no-build");
        DeployRun run = settings.open(out);
        if (!options.contains("--no-build")) {
          run.buildImages();
        }
        run.writeGatewayConfig();
        long start = System.nanoTime();
        run.deployment().up(settings.timeout());
        out.printf("healthy in %.0f s%n", (System.nanoTime() - start) / 1e9);
        run.printWhere();
      }
      case "build" -> {
        allow(options);
        settings.open(out).buildImages();
      }
      case "down" -> {
        allow(options, "--volumes");
        settings.open(out).deployment().down(options.contains("--volumes"));
      }
      case "status" -> {
        allow(options);
        DeployRun run = settings.open(out);
        run.deployment()
            .status()
            .forEach((service, state) -> out.printf("%-12s %s%n", service, state));
      }
      default -> {
        out.println(USAGE);
        return 2;
      }
    }
    return 0;
  }

  private static void allow(List<String> options, String... known) {
    for (String option : options) {
      if (!List.of(known).contains(option)) {
        throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
      }
    }
  }

  /** Where the deployment's own files are, and the variables the compose files read. */
  record DeploySettings(
      Path root, Path home, Path libertyHome, JwtKeys keys, Map<String, String> env) {

    DeployRun open(PrintStream out) {
      Podman podman = Podman.forProject(root, env);
      podman.requireInstalled();
      Optional<String> projectName =
          Optional.ofNullable(env.get("MUSEUM_DEPLOY_PROJECT")).filter(s -> !s.isBlank());
      Path state = home.resolve("deploy").resolve(projectName.orElse("default"));
      Map<String, String> variables = variables(state);
      ComposeProject project = ComposeProject.load(composeFiles(root), variables, projectName);
      return new DeployRun(this, podman, project, variables, state, out);
    }

    Duration timeout() {
      return Duration.ofSeconds(Long.parseLong(env.getOrDefault("MUSEUM_TIMEOUT_SECONDS", "600")));
    }

    private Map<String, String> variables(Path state) {
      Map<String, String> variables = new HashMap<>(env);
      variables.putIfAbsent("MYSQL_PASSWORD", secret(home.resolve("deploy/mysql-password")));
      variables.putIfAbsent("KEYSTORE_PASSWORD", keys.keystorePassword());
      variables.putIfAbsent("JWT_PUBLIC_KEY_FILE", keys.ensure().toString());
      variables.put("DEPLOY_GATEWAY_CONF", state.resolve("nginx.conf").toString());
      variables.putIfAbsent("JRE_BASE_IMAGE", DebianBase.JRE.image());
      variables.putIfAbsent("MARIADB_BASE_IMAGE", DebianBase.MARIADB.image());
      variables.putIfAbsent("NGINX_BASE_IMAGE", DebianBase.NGINX.image());
      variables.putIfAbsent("LIBERTY_BASE_IMAGE", LocalImages.libertyBase(libertyHome));
      return variables;
    }

    /** A random password kept in {@code file} (owner-only), made on first use. */
    private static String secret(Path file) {
      try {
        if (Files.isRegularFile(file)) {
          return Files.readString(file).strip();
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
          Files.createDirectories(dir);
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password);
        return password;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot keep the database password in " + file, e);
      }
    }
  }
}

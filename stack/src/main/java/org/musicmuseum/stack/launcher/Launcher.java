package org.musicmuseum.stack.launcher;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.Services;
import org.musicmuseum.stack.StackException;
import org.musicmuseum.stack.StackLayout;
import org.musicmuseum.stack.StackPorts;
import org.musicmuseum.stack.db.DbAccess;
import org.musicmuseum.stack.deploy.DeployCommand;
import org.musicmuseum.stack.security.JwtKeys;
import org.musicmuseum.stack.security.TokenCommand;

/**
 * The run command: {@code up}, {@code down}, {@code status}, {@code logs [name]}, {@code token};
 * for the {@code museum} script also {@code dev <service> [maven args]} (a shell plan it evals) and
 * {@code port <service>} (the port of a ready service) and {@code console-env} (the console's
 * service URLs). State in {@code <root>/.museum}.
 */
public final class Launcher {

  private static final String USAGE =
      "usage: museum up | down | status | logs [name] | token [--role ROLE]... | deploy up|down|status|build";

  /** The environment variable naming the public key the services verify tokens with. */
  public static final String PUBLIC_KEY_VARIABLE = "MP_JWT_VERIFY_PUBLICKEY_LOCATION";

  /** The environment variable Liberty reads the default keystore's password from. */
  public static final String KEYSTORE_PASSWORD_VARIABLE = "keystore_password";

  private final Map<String, String> env;
  private final PrintStream out;
  private final StackLayout layout;

  public Launcher(Path root, Map<String, String> env, PrintStream out) {
    this.env = Map.copyOf(env);
    this.out = out;
    String home = env.get("MUSEUM_HOME");
    Path homeDir = home != null && !home.isBlank() ? Path.of(home) : root.resolve(".museum");
    this.layout = new StackLayout(root, homeDir, StackLayout.defaultLibertyHome(root, env));
  }

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    try {
      System.exit(new Launcher(root(env), env, System.out).run(args));
    } catch (StackException | IllegalArgumentException e) {
      System.err.println("museum: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Runs one command; returns the exit code. */
  public int run(String... args) {
    String command = args.length == 0 ? "" : args[0];
    switch (command) {
      case "up" -> {
        List<ServiceSpec> services = Services.available(layout.root());
        StackControl control = control(services);
        control.up(timeout());
        Report.printUrls(out, control, services, layout);
      }
      case "down" -> {
        control(Services.ALL).down();
        out.println("stopped");
      }
      case "status" ->
          Report.printStatus(
              out,
              control(Services.available(layout.root())).all().stream()
                  .map(Report::status)
                  .toList());
      case "logs" -> {
        StackControl control = control(Services.ALL);
        List<Component> selected =
            args.length > 1 ? List.of(find(control, args[1])) : control.all();
        Report.printLogs(out, selected, args.length > 1);
      }
      case "dev", "port", "console-env", "images", "module" ->
          out.print(new ScriptCommands(this, env).answer(List.of(args)));
      case "deploy" -> {
        return new DeployCommand(
                layout.root(), layout.home(), layout.libertyHome(), jwtKeys(), env, out)
            .run(List.of(args).subList(1, args.length));
      }
      case "token" -> {
        return new TokenCommand(env, jwtKeys().privateKey())
            .run(List.of(args).subList(1, args.length), out);
      }
      default -> {
        out.println(USAGE);
        return 2;
      }
    }
    return 0;
  }

  /** The local stack's token keys (SECURITY_PROFILE=jwt). */
  JwtKeys jwtKeys() {
    return new JwtKeys(layout.home().resolve("jwt"));
  }

  StackLayout layout() {
    return layout;
  }

  /** A control over the ports from the environment, except those of components already running. */
  StackControl control(List<ServiceSpec> services) {
    StackOptions options =
        new StackOptions(DbAccess.external(env), securityEnv(), OptionalLong.empty(), out);
    StackPorts fromEnv = StackPorts.fromEnv(env, services);
    StackControl probe = new StackControl(layout, fromEnv, services, options);
    return new StackControl(
        layout, fromEnv.withOverrides(probe.portsOfRunning()), services, options);
  }

  /**
   * In the jwt profile: the public key the services verify tokens with (unless one is given), the
   * local pair {@code museum token} signs with, made on first use; and the password of the keystore
   * Liberty's TLS support (which MicroProfile JWT loads) creates, made once unless given.
   */
  Map<String, String> securityEnv() {
    if (!"jwt".equals(env.getOrDefault("SECURITY_PROFILE", "open").strip())) {
      return Map.of();
    }
    Map<String, String> extra = new HashMap<>();
    if (!env.containsKey(PUBLIC_KEY_VARIABLE)) {
      extra.put(PUBLIC_KEY_VARIABLE, jwtKeys().ensure().toString());
    }
    if (!env.containsKey(KEYSTORE_PASSWORD_VARIABLE)) {
      extra.put(KEYSTORE_PASSWORD_VARIABLE, jwtKeys().keystorePassword());
    }
    return extra;
  }

  private Duration timeout() {
    String value = env.getOrDefault("MUSEUM_TIMEOUT_SECONDS", "300").trim();
    try {
      return Duration.ofSeconds(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new StackException(
          "MUSEUM_TIMEOUT_SECONDS must be a number of seconds, got '" + value + "'");
    }
  }

  private static Component find(StackControl control, String name) {
    return control.all().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown component '"
                        + name
                        + "'; known: "
                        + control.all().stream().map(Component::name).toList()));
  }

  /**
   * MUSEUM_ROOT, else the project that holds this stack.jar (or target/classes), else the working
   * directory.
   */
  static Path root(Map<String, String> env) {
    String fromEnv = env.get("MUSEUM_ROOT");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv).toAbsolutePath().normalize();
    }
    try {
      Path code =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path codeDir = code.getParent();
      Path stackModule = codeDir != null ? codeDir.getParent() : null;
      Path project = stackModule != null ? stackModule.getParent() : null;
      if (project != null && Files.exists(stackModule.resolve("pom.xml"))) {
        return project.toAbsolutePath().normalize();
      }
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("").toAbsolutePath();
    }
    return Path.of("").toAbsolutePath();
  }
}

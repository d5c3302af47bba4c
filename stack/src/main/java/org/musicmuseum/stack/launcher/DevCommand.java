package org.musicmuseum.stack.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.Services;
import org.musicmuseum.stack.StackException;
import org.musicmuseum.stack.db.DbCredentials;

/**
 * {@code museum dev <service> [maven args]}: Liberty dev mode for one service next to the running
 * stack, with the environment the stack gives its own servers (a variable already set wins) and the
 * dashboard's origins, stack and dev, allowed by CORS. The result is a {@link ShellPlan} that execs
 * {@code ./mvnw -pl <module> liberty:dev}.
 */
final class DevCommand {

  /** Dev mode serves on the service's default port + this, so it runs next to the stack's copy. */
  static final int DEV_PORT_OFFSET = 10000;

  private static final String PORT_PROPERTY = "-Dliberty.var.http.port=";

  private final RunningStack stack;
  private final Map<String, String> env;
  private final Path credentials;

  DevCommand(RunningStack stack, Map<String, String> env, Path dbDir) {
    this.stack = stack;
    this.env = Map.copyOf(env);
    this.credentials = dbDir.resolve(DbCredentials.FILE_NAME);
  }

  ShellPlan plan(List<String> args) {
    if (args.isEmpty()) {
      throw new StackException(
          "usage: ./museum dev <service> [maven args]; services: " + Services.names());
    }
    ServiceSpec spec =
        Services.find(args.get(0))
            .orElseThrow(
                () ->
                    new StackException(
                        "unknown service '"
                            + args.get(0)
                            + "'; known: "
                            + Services.names()
                            + " (or their modules, e.g. storage-war)"));
    stack.requireInfrastructure();
    Map<String, String> exports = exports();
    List<String> command = new ArrayList<>(List.of("./mvnw", "-pl", spec.moduleDir()));
    command.add("liberty:dev");
    command.addAll(args.subList(1, args.size()));
    int devPort = devPortOf(spec, command);
    if (!Ports.isFree(devPort)) {
      throw new StackException(
          String.format(
              "port %d is in use (another dev server of %s?); free it or pass %s<port>",
              devPort, spec.name(), PORT_PROPERTY));
    }
    return plan(spec, command, devPort, exports);
  }

  /** What to print, export and exec once the checks passed. */
  static ShellPlan plan(
      ServiceSpec spec, List<String> command, int devPort, Map<String, String> exports) {
    return explain(new ShellPlan(), spec, devPort, exports)
        .export(exports)
        // The dev server's port comes from the command; its files (DATA_DIR default) stay under
        // <module>/target/liberty.
        .unset("HTTP_PORT", "DATA_DIR")
        .exec(command);
  }

  /** The port asked for with -Dliberty.var.http.port, else default + offset (then passed on). */
  static int devPortOf(ServiceSpec spec, List<String> command) {
    for (String arg : command) {
      if (arg.startsWith(PORT_PROPERTY)) {
        try {
          return Integer.parseInt(arg.substring(PORT_PROPERTY.length()));
        } catch (NumberFormatException e) {
          throw new StackException(arg + ": a port number is needed");
        }
      }
    }
    int port = spec.defaultPort() + DEV_PORT_OFFSET;
    command.add(PORT_PROPERTY + port);
    return port;
  }

  /** What the stack gives its servers, for the ready services; fails without a DB password. */
  private Map<String, String> exports() {
    if (stack.control().db().managed() && !Files.isReadable(credentials)) {
      throw new StackException(
          "no DB password: " + credentials + " is missing; start the stack with ./museum up");
    }
    List<String> ready = stack.readyServices();
    String dashboard = DashboardOrigins.DASHBOARD;
    OptionalInt stackDashboard =
        ready.contains(dashboard)
            ? OptionalInt.of(stack.readyPort(dashboard))
            : OptionalInt.empty();
    try {
      return exports(stack.control().connectionEnv(ready), stackDashboard, env);
    } catch (IllegalStateException e) {
      throw new StackException(e.getMessage(), e);
    }
  }

  /**
   * The stack's connection variables and CORS for the dashboard's origins (the stack's, else the
   * default port, and the dev one), each unless {@code env} sets it already.
   */
  static Map<String, String> exports(
      Map<String, String> connection, OptionalInt stackDashboard, Map<String, String> env) {
    ServiceSpec dashboard = Services.byName(DashboardOrigins.DASHBOARD);
    Map<String, String> exports = new LinkedHashMap<>(connection);
    exports.put(
        DashboardOrigins.ENV,
        DashboardOrigins.at(
            stackDashboard.orElse(dashboard.defaultPort()),
            dashboard.defaultPort() + DEV_PORT_OFFSET));
    exports.replaceAll((name, value) -> given(env, name).orElse(value));
    return exports;
  }

  private static Optional<String> given(Map<String, String> env, String variable) {
    return Optional.ofNullable(env.get(variable)).filter(v -> !v.isEmpty());
  }

  private static ShellPlan explain(
      ShellPlan plan, ServiceSpec spec, int devPort, Map<String, String> exports) {
    String db = exports.get("DB_URL");
    plan.say(
            "dev mode: "
                + spec.name()
                + " on "
                + spec.baseUrl(devPort)
                + "/ (readiness: http://localhost:"
                + devPort
                + "/health/ready)")
        .say(
            "  against kafka "
                + exports.get(Components.KAFKA_BOOTSTRAP_SERVERS)
                + ", db "
                + db.replaceFirst("\\?.*", "")
                + "; type q + Enter to quit");
    if (spec.name().equals(DashboardOrigins.DASHBOARD)) {
      plan.say(
              "  the page calls "
                  + exports.getOrDefault("PROCESSING_URL", "processing")
                  + ", health and audit from the browser: their CORS must allow")
          .say(
              "  http://localhost:"
                  + devPort
                  + " (start the stack with CORS_ALLOWED_ORIGINS, see README)");
    }
    return plan;
  }
}

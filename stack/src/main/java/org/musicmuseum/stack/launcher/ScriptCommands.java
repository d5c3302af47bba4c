package org.musicmuseum.stack.launcher;

import java.util.List;
import java.util.Map;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.Services;

/**
 * What the {@code museum} script asks the jar instead of knowing the stack itself: {@code dev
 * <service> [maven args]} (a {@link ShellPlan} it evals), {@code port <service>} (the port of a
 * ready service), {@code console-env} (the console's service URLs, as a plan) and {@code images}
 * (one line per service image, {@code name:module:war:port}, for the CI's image builds) and {@code
 * module <service>} (the service's module directory).
 */
final class ScriptCommands {

  private final Launcher launcher;
  private final Map<String, String> env;

  ScriptCommands(Launcher launcher, Map<String, String> env) {
    this.launcher = launcher;
    this.env = Map.copyOf(env);
  }

  /** The text to print for {@code args} (the command first). */
  String answer(List<String> args) {
    List<String> rest = args.subList(1, args.size());
    return switch (args.get(0)) {
      case "dev" -> new DevCommand(running(), env, launcher.layout().dbDir()).plan(rest).render();
      case "port" -> {
        if (rest.size() != 1) {
          throw new IllegalArgumentException("usage: museum port <service>");
        }
        yield running().readyPort(rest.get(0)) + System.lineSeparator();
      }
      case "console-env" -> new ShellPlan().export(ConsoleEnv.of(env)).render();
      case "images" -> images();
      case "module" -> {
        if (rest.size() != 1) {
          throw new IllegalArgumentException("usage: museum module <service>");
        }
        yield Services.find(rest.get(0))
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "unknown service '" + rest.get(0) + "'; known: " + Services.names()))
                .moduleDir()
            + System.lineSeparator();
      }
      default -> throw new IllegalArgumentException("not a script command: " + args.get(0));
    };
  }

  private static String images() {
    StringBuilder lines = new StringBuilder();
    for (ServiceSpec s : Services.ALL) {
      lines.append(s.imageLine());
      lines.append(System.lineSeparator());
    }
    return lines.toString();
  }

  private RunningStack running() {
    return new RunningStack(launcher.control(Services.available(launcher.layout().root())));
  }
}

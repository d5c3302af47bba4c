package org.musicmuseum.stack.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.musicmuseum.stack.LogTail;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.StackLayout;
import org.musicmuseum.stack.db.DbCredentials;

/** What the run command prints: the URL table, the status table and logs. */
final class Report {

  /** A row of {@code museum status}. */
  record StatusRow(String name, String pid, String port, String state) {}

  private Report() {}

  static StatusRow status(Component c) {
    if (!c.managed()) {
      return new StatusRow(
          c.name(),
          "-",
          Integer.toString(c.port()),
          c.isReady() ? "external, reachable" : "external, NOT reachable");
    }
    boolean running = c.isRunning();
    String pid = c.pid().isPresent() ? Long.toString(c.pid().getAsLong()) : "-";
    String state = !running ? "stopped" : c.isReady() ? "running, ready" : "running, not ready";
    return new StatusRow(c.name(), pid, Integer.toString(c.port()), state);
  }

  static void printStatus(PrintStream out, List<StatusRow> rows) {
    String format = "%-11s %-8s %-6s %s%n";
    out.printf(format, "NAME", "PID", "PORT", "STATE");
    rows.forEach(r -> out.printf(format, r.name(), r.pid(), r.port(), r.state()));
  }

  static void printUrls(
      PrintStream out, StackControl control, List<ServiceSpec> services, StackLayout layout) {
    out.println();
    out.println("Music Museum is up:");
    for (ServiceSpec spec : services) {
      int port = control.service(spec.name()).port();
      String base = spec.baseUrl(port);
      out.printf(
          "  %-10s %s%n",
          spec.name(), "/".equals(spec.examplePath()) ? base + "/" : base + spec.examplePath());
      out.printf("  %-10s http://localhost:%d/openapi/ui%n", "", port);
    }
    out.printf("  %-10s %s%n", "kafka", control.kafkaBootstrap());
    Component db = control.db();
    String dbWhere =
        db.managed()
            ? control.dbAccess().url()
                + "  (user "
                + control.dbAccess().user()
                + ", password in "
                + relative(layout, layout.dbDir().resolve(DbCredentials.FILE_NAME))
                + ")"
            : control.dbAccess().url() + "  (external)";
    out.printf("  %-10s %s%n", "db", dbWhere);
    out.println();
    out.println("./museum status | ./museum logs [name] | ./museum down");
  }

  /** The whole logs of one component, or the last lines of every component's logs. */
  static void printLogs(PrintStream out, List<Component> components, boolean whole) {
    for (Component c : components) {
      for (Path log : c.logs()) {
        List<String> lines = LogTail.tail(log, whole ? Integer.MAX_VALUE : 40);
        if (!lines.isEmpty()) {
          out.println("==> " + log + " <==");
          lines.forEach(out::println);
        }
      }
    }
  }

  private static String relative(StackLayout layout, Path path) {
    return path.startsWith(layout.root())
        ? layout.root().relativize(path).toString()
        : path.toString();
  }
}

package org.musicmuseum.stack.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the {@code museum} script does after the jar decided it: lines to print, variables to set or
 * drop and the command to exec, as shell text the script {@code eval}s once it has built what was
 * stale. Java cannot exec, and the script keeps no knowledge of the stack.
 */
final class ShellPlan {

  private final List<String> lines = new ArrayList<>();

  ShellPlan say(String text) {
    lines.add("echo " + quote(text));
    return this;
  }

  ShellPlan export(Map<String, String> variables) {
    variables.forEach((name, value) -> lines.add("export " + name + "=" + quote(value)));
    return this;
  }

  ShellPlan unset(String... names) {
    lines.add("unset " + String.join(" ", names));
    return this;
  }

  ShellPlan exec(List<String> command) {
    lines.add("exec " + command.stream().map(ShellPlan::quote).collect(Collectors.joining(" ")));
    return this;
  }

  /** The script, one statement a line. */
  String render() {
    return lines.stream().map(line -> line + "\n").collect(Collectors.joining());
  }

  /** One word for the shell, whatever it holds: single quotes, each ' written as '\''. */
  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}

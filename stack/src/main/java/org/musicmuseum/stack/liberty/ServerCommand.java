package org.musicmuseum.stack.liberty;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.musicmuseum.stack.StackException;

/**
 * One run of Liberty's {@code bin/server <action> <name>}, its output appended to
 * server-command.log.
 */
final class ServerCommand {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  private ServerCommand() {}

  /** Alive and, where the command line is readable, a Liberty JVM (not a recycled pid). */
  static boolean isServerJvm(ProcessHandle process) {
    return process.isAlive()
        && process.info().commandLine().map(c -> c.contains("ws-server")).orElse(true);
  }

  /**
   * The JVM of server {@code name} whose {@code WLP_USER_DIR} is {@code userDir}, found through
   * /proc (Linux); empty where /proc cannot be read.
   */
  static Optional<ProcessHandle> findServerJvm(Path userDir, String name) {
    byte[] wanted = ("WLP_USER_DIR=" + userDir).getBytes(StandardCharsets.UTF_8);
    return ProcessHandle.allProcesses()
        .filter(ServerCommand::isServerJvm)
        .filter(p -> p.info().commandLine().map(c -> c.endsWith(" " + name)).orElse(false))
        .filter(p -> environmentHolds(p.pid(), wanted))
        .findFirst();
  }

  private static boolean environmentHolds(long pid, byte[] entry) {
    try {
      byte[] environ = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
      int from = 0;
      for (int i = 0; i <= environ.length; i++) {
        if (i == environ.length || environ[i] == 0) {
          if (Arrays.equals(environ, from, i, entry, 0, entry.length)) {
            return true;
          }
          from = i + 1;
        }
      }
      return false;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** Returns the exit code; {@code env} is added to this process's environment. */
  static int run(
      Path libertyHome, String name, String action, Map<String, String> env, Path logDir) {
    Path script = libertyHome.resolve("bin/server");
    if (!Files.isRegularFile(script)) {
      throw new StackException(
          "no Open Liberty at "
              + libertyHome
              + "; build the stack module first (./mvnw -DskipTests install) or set MUSEUM_LIBERTY_HOME");
    }
    try {
      Files.createDirectories(logDir);
      ProcessBuilder pb = new ProcessBuilder("/bin/sh", script.toString(), action, name);
      pb.environment().remove("PID_DIR");
      pb.environment().remove("PID_FILE");
      pb.environment().putAll(env);
      pb.redirectErrorStream(true);
      pb.redirectOutput(
          ProcessBuilder.Redirect.appendTo(logDir.resolve("server-command.log").toFile()));
      pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      Process process = pb.start();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new StackException(
            "'server " + action + " " + name + "' did not finish within " + TIMEOUT);
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted during 'server " + action + " " + name + "'", e);
    }
  }

  /**
   * {@code env} plus JAVA_HOME (this JVM's unless set), WLP_USER_DIR, WLP_OUTPUT_DIR, LOG_DIR,
   * HTTP_PORT.
   */
  static Map<String, String> environment(
      Map<String, String> env, Path userDir, Path logDir, int httpPort) {
    Map<String, String> result = new HashMap<>(env);
    String javaHome = System.getenv("JAVA_HOME");
    result.put(
        "JAVA_HOME",
        javaHome != null && !javaHome.isBlank() ? javaHome : System.getProperty("java.home"));
    result.put("WLP_USER_DIR", userDir.toString());
    result.put("WLP_OUTPUT_DIR", userDir.resolve("output").toString());
    result.put("LOG_DIR", logDir.toString());
    result.put("HTTP_PORT", Integer.toString(httpPort));
    // glibc gives each thread that allocates its own arena; Liberty's many threads then hold tens
    // of MB of native memory apiece. Two arenas keep the resident size down at no measurable cost.
    result.putIfAbsent("MALLOC_ARENA_MAX", "2");
    return result;
  }
}

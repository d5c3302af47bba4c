package org.musicmuseum.stack.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.musicmuseum.stack.Poll;

/** Spawning the stack's helper JVMs detached from the caller, and stopping processes by pid. */
public final class ProcessControl {

  /** Overrides the class path given to spawned JVMs (default: this JVM's, made absolute). */
  public static final String CLASSPATH_PROPERTY = "museum.stack.classpath";

  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private ProcessControl() {}

  /**
   * Starts {@code java <jvmArgs> -cp <stack class path> <mainClass> <args>} in its own session
   * (when setsid exists) with this JVM's environment plus {@code env}, stdout and stderr appended
   * to {@code logFile}, stdin from /dev/null.
   */
  public static ProcessHandle spawnJava(
      String mainClass,
      List<String> jvmArgs,
      List<String> args,
      Path workDir,
      Map<String, String> env,
      Path logFile) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETSID)) {
      command.add(SETSID.toString());
    }
    command.add(javaExecutable());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classpath());
    command.add(mainClass);
    command.addAll(args);
    try {
      Path logDir = logFile.getParent();
      if (logDir != null) {
        Files.createDirectories(logDir);
      }
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().putAll(env);
      return pb.start().toHandle();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + mainClass, e);
    }
  }

  /** The java launcher of the running JVM. */
  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public static String classpath() {
    String override = System.getProperty(CLASSPATH_PROPERTY);
    if (override != null && !override.isBlank()) {
      return override;
    }
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  public static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * SIGTERM, up to {@code grace} for a clean exit, then SIGKILL; children it leaves behind (for
   * example mariadbd after a killed DbMain) are stopped the same way. True when all are gone.
   */
  public static boolean terminate(long pid, Duration grace) {
    ProcessHandle process = ProcessHandle.of(pid).orElse(null);
    if (process == null || !process.isAlive()) {
      return true;
    }
    List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
    family.add(0, process);
    process.destroy();
    if (!Poll.waitFor(grace, () -> !process.isAlive())) {
      process.destroyForcibly();
      Poll.waitFor(grace, () -> !process.isAlive());
    }
    for (ProcessHandle child : family.subList(1, family.size())) {
      if (child.isAlive()) {
        child.destroy();
        if (!Poll.waitFor(grace, () -> !child.isAlive())) {
          child.destroyForcibly();
        }
      }
    }
    return family.stream().noneMatch(ProcessHandle::isAlive);
  }
}

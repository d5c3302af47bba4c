package org.musicmuseum.stack.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.musicmuseum.stack.LogTail;
import org.musicmuseum.stack.Poll;
import org.musicmuseum.stack.StackException;

/** A helper JVM of the stack (KafkaMain, DbMain), tracked by {@code run/<name>.pid}. */
final class JavaComponent implements Component {

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /**
   * What to launch: main class, JVM options, arguments, where it runs and the environment it gets
   * besides this JVM's (asked for at each start, so that a bad value fails the start only).
   */
  record Launch(
      String mainClass,
      List<String> jvmArgs,
      List<String> args,
      Path workDir,
      Supplier<Map<String, String>> env) {}

  private final String name;
  private final Launch launch;
  private final List<PortClaim> claims;
  private final BooleanSupplier readiness;
  private final RunState state;
  private final Path logFile;
  private final OptionalLong parentPid;
  private ProcessHandle spawned;

  JavaComponent(
      String name,
      Launch launch,
      List<PortClaim> claims,
      BooleanSupplier readiness,
      RunState state,
      Path logFile,
      OptionalLong parentPid) {
    this.name = name;
    this.launch = launch;
    this.claims = List.copyOf(claims);
    this.readiness = readiness;
    this.state = state;
    this.logFile = logFile;
    this.parentPid = parentPid;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int port() {
    return claims.get(0).port();
  }

  @Override
  public List<PortClaim> claims() {
    return claims;
  }

  @Override
  public boolean isRunning() {
    return pid().isPresent();
  }

  @Override
  public boolean isReady() {
    return readiness.getAsBoolean();
  }

  /**
   * The process this object spawned while it lives (its command line may still be the JVM's spawn
   * helper's for a moment), else the recorded pid if that process runs {@code mainClass}.
   */
  @Override
  public synchronized OptionalLong pid() {
    if (spawned != null && spawned.isAlive()) {
      return OptionalLong.of(spawned.pid());
    }
    return state.livePid(name, marker());
  }

  /** First JVM option, so it survives the truncation of long command lines in /proc. */
  private String marker() {
    return "-Dmuseum.component=" + name;
  }

  @Override
  public synchronized void start() {
    List<String> jvmArgs = new ArrayList<>();
    jvmArgs.add(marker());
    jvmArgs.addAll(launch.jvmArgs());
    parentPid.ifPresent(pid -> jvmArgs.add("-Dmuseum.parent.pid=" + pid));
    spawned =
        ProcessControl.spawnJava(
            launch.mainClass(),
            jvmArgs,
            launch.args(),
            launch.workDir(),
            launch.env().get(),
            logFile);
    state.recordPid(name, spawned.pid());
    claims.forEach(c -> state.recordPort(c.key(), c.port()));
  }

  @Override
  public void awaitReady(Duration timeout) {
    try {
      Poll.until(name + " (port " + port() + ")", timeout, readiness, this::isRunning);
    } catch (StackException e) {
      throw new StackException(e.getMessage() + "\n" + LogTail.describe(logs(), 40), e);
    }
  }

  @Override
  public void stop() {
    OptionalLong pid = pid();
    if (pid.isPresent() && !ProcessControl.terminate(pid.getAsLong(), STOP_GRACE)) {
      throw new StackException(name + " (pid " + pid.getAsLong() + ") did not stop");
    }
    state.clear(name);
    claims.forEach(c -> state.clearPort(c.key()));
  }

  @Override
  public void kill() {
    pid()
        .ifPresent(
            pid ->
                ProcessHandle.of(pid)
                    .ifPresent(
                        process -> {
                          List<ProcessHandle> children = process.descendants().toList();
                          process.destroyForcibly();
                          children.forEach(ProcessHandle::destroyForcibly);
                        }));
  }

  @Override
  public List<Path> logs() {
    return List.of(logFile);
  }
}

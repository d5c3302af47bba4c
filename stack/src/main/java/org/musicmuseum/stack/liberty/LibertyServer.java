package org.musicmuseum.stack.liberty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.musicmuseum.stack.LogTail;
import org.musicmuseum.stack.Poll;
import org.musicmuseum.stack.StackException;

/**
 * One service in its own Open Liberty server process, driven through {@code bin/server}. The
 * instance lives in {@code userDir} (WLP_USER_DIR, output in {@code userDir/output}); its logs go
 * to {@code logDir} (LOG_DIR: console.log, messages.log).
 */
public final class LibertyServer {

  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);

  private final Path libertyHome;
  private final String name;
  private final Path userDir;
  private final Path logDir;
  private final int httpPort;
  private final Map<String, String> env;

  /**
   * @param env extra environment for the server (KAFKA_BOOTSTRAP_SERVERS, DB_URL, ...); HTTP_PORT,
   *     JAVA_HOME, WLP_USER_DIR, WLP_OUTPUT_DIR and LOG_DIR are set here
   */
  public LibertyServer(
      Path libertyHome,
      String name,
      Path userDir,
      Path logDir,
      int httpPort,
      Map<String, String> env) {
    this.libertyHome = libertyHome.toAbsolutePath();
    this.name = name;
    this.userDir = userDir.toAbsolutePath();
    this.logDir = logDir.toAbsolutePath();
    this.httpPort = httpPort;
    this.env = Map.copyOf(env);
  }

  /**
   * Copies config, WAR and shared config (both may be null) and the JDBC driver into place, and
   * plants the {@link WorkareaSeed} when the instance has no workarea yet.
   */
  public void prepare(Path configDir, Path war, Path sharedConfigDir) {
    LibertyFiles.prepare(userDir, name, configDir, war, sharedConfigDir);
    seed().plant(workarea());
  }

  /** {@code server start <name>}: returns once the server JVM runs (not yet ready). */
  public void start() {
    int rc = runServerCommand("start");
    if (rc != 0 || !isRunning()) {
      String problem = String.format("Liberty server %s did not start (exit code %d)", name, rc);
      throw new StackException(problem + "\n" + LogTail.describe(logFiles(), 30));
    }
  }

  /** Polls {@code /health/ready} until 200; on timeout the message holds the log tail. */
  public void awaitReady(Duration timeout) {
    try {
      Poll.until(
          "Liberty server " + name + " (port " + httpPort + ")",
          timeout,
          this::isReady,
          this::isRunning);
    } catch (StackException e) {
      throw new StackException(e.getMessage() + "\n" + LogTail.describe(logFiles(), 30), e);
    }
  }

  public boolean isReady() {
    return HealthProbe.isReady(httpPort);
  }

  /**
   * {@code server stop <name>}, then makes sure the JVM is gone (SIGKILL as a last resort), also
   * when the stop command fails or does not finish in time (a machine too busy to answer it). A
   * server that had started fully and stopped cleanly leaves its workarea as the {@link
   * WorkareaSeed} of its name when the seed is missing or older than {@code war} (may be null).
   */
  public void stop(Path war) {
    Optional<ProcessHandle> process = process();
    if (process.isPresent()) {
      boolean clean = false;
      try {
        clean = runServerCommand("stop") == 0 && exited(process.get());
      } finally {
        if (!exited(process.get())) {
          process.get().destroyForcibly();
          exited(process.get());
        }
      }
      if (clean && LogTail.contains(logFile(), WorkareaSeed.SERVER_READY)) {
        seed().save(workarea(), war);
      }
    }
  }

  /** {@link #stop(Path)} of a server without a WAR of its own. */
  public void stop() {
    stop(null);
  }

  /** SIGKILL of the server JVM, as a crash would (fault tests). */
  public void kill() {
    process()
        .ifPresent(
            p -> {
              p.destroyForcibly();
              exited(p);
            });
  }

  /** The server JVM's pid from Liberty's own pid file. */
  public OptionalLong pid() {
    Path pidFile = userDir.resolve("output/.pid").resolve(name + ".pid");
    try {
      String text = Files.exists(pidFile) ? Files.readString(pidFile).trim() : "";
      return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  public boolean isRunning() {
    return process().isPresent();
  }

  /** messages.log of the server. */
  public Path logFile() {
    return logDir.resolve("messages.log");
  }

  public Path consoleLog() {
    return logDir.resolve("console.log");
  }

  private List<Path> logFiles() {
    return List.of(logFile(), consoleLog(), logDir.resolve("server-command.log"));
  }

  /**
   * The server's JVM: by its pid file, or, when there is none (a {@code server start} that did not
   * finish in time leaves none), by the user directory in its environment.
   */
  private Optional<ProcessHandle> process() {
    OptionalLong pid = pid();
    return pid.isEmpty()
        ? ServerCommand.findServerJvm(userDir, name)
        : ProcessHandle.of(pid.getAsLong()).filter(ServerCommand::isServerJvm);
  }

  private Path workarea() {
    return userDir.resolve("output").resolve(name).resolve("workarea");
  }

  /** Seeds live beside the Liberty installation: a new runtime gets new ones. */
  private WorkareaSeed seed() {
    return new WorkareaSeed(libertyHome.resolveSibling("workarea-seeds"), name);
  }

  private static boolean exited(ProcessHandle process) {
    return Poll.waitFor(EXIT_TIMEOUT, () -> !process.isAlive());
  }

  private int runServerCommand(String action) {
    return ServerCommand.run(
        libertyHome,
        name,
        action,
        ServerCommand.environment(env, userDir, logDir, httpPort),
        logDir);
  }
}

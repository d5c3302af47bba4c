package org.musicmuseum.stack.liberty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Lays out one Liberty server instance under its WLP_USER_DIR before each start. */
public final class LibertyFiles {

  /**
   * The environment defaults every server reads ({@code WLP_USER_DIR/shared/server.env}), relative
   * to the shared config directory: the OpenTelemetry settings.
   */
  static final String SHARED_SERVER_ENV = "env/server.env";

  /**
   * The JVM options every server starts with ({@code WLP_USER_DIR/shared/jvm.options}, read before
   * the server's own jvm.options), relative to the shared config directory: heap, collector, JIT
   * tiers, code cache and thread stacks (docs/benchmarks.md, memory budget).
   */
  public static final String SHARED_JVM_OPTIONS = "env/jvm.options";

  private LibertyFiles() {}

  /**
   * {@code servers/<name>/} gets every file of {@code configDir} (its jvm.options too) plus the WAR
   * in {@code apps/} under its own file name (the location server.xml names, also for a replica);
   * {@code shared/config/} gets every file of {@code sharedConfigDir}; {@code
   * shared/resources/jdbc/} gets the MySQL JDBC driver; {@code shared/server.env} is {@link
   * #SHARED_SERVER_ENV} and {@code shared/jvm.options} is {@link #SHARED_JVM_OPTIONS}.
   */
  static void prepare(Path userDir, String name, Path configDir, Path war, Path sharedConfigDir) {
    try {
      Path serverDir = userDir.resolve("servers").resolve(name);
      copyTree(configDir, serverDir);
      if (war != null) {
        Path apps = Files.createDirectories(serverDir.resolve("apps"));
        Path warName = war.getFileName();
        if (warName == null) {
          throw new IllegalArgumentException("not a WAR file: " + war);
        }
        Files.copy(war, apps.resolve(warName.toString()), StandardCopyOption.REPLACE_EXISTING);
      }
      if (sharedConfigDir != null && Files.isDirectory(sharedConfigDir)) {
        copyTree(sharedConfigDir, userDir.resolve("shared/config"));
        copyIfPresent(
            sharedConfigDir.resolve(SHARED_SERVER_ENV), userDir.resolve("shared/server.env"));
        copyIfPresent(
            sharedConfigDir.resolve(SHARED_JVM_OPTIONS), userDir.resolve("shared/jvm.options"));
      }
      Path driver = jdbcDriverJar();
      Path jdbcDir = Files.createDirectories(userDir.resolve("shared/resources/jdbc"));
      Files.copy(
          driver, jdbcDir.resolve(driver.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Liberty server " + name + " in " + userDir, e);
    }
  }

  /** The mysql-connector-j jar this JVM loaded the driver from. */
  static Path jdbcDriverJar() {
    CodeSource source = com.mysql.cj.jdbc.Driver.class.getProtectionDomain().getCodeSource();
    try {
      Path jar = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("the MySQL driver was not loaded from a jar: " + jar);
      }
      return jar;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the MySQL driver jar", e);
    }
  }

  private static void copyIfPresent(Path file, Path target) throws IOException {
    if (Files.isRegularFile(file)) {
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    copyTree(from, to, relative -> true, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Copies the files and directories of {@code from} into {@code to} (created if missing) whose
   * path relative to {@code from} passes {@code keep}, keeping existing ones of {@code to} that
   * {@code from} has not; files are copied with {@code options}.
   */
  static void copyTree(Path from, Path to, Predicate<Path> keep, CopyOption... options)
      throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IOException("missing directory " + from);
    }
    Files.createDirectories(to);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(source);
        if (!keep.test(relative)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, options);
        }
      }
    }
  }
}

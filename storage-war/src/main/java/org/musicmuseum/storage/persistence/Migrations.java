package org.musicmuseum.storage.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema to the latest version with the versioned scripts in {@code db/migration}. */
@ApplicationScoped
public class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = "jdbc/museum")
  DataSource dataSource;

  private final AtomicBoolean done = new AtomicBoolean();

  /** Migrates once; later calls return at once. Throws when the database cannot be migrated. */
  public void ensureMigrated() {
    if (done.get()) {
      return;
    }
    var result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now)");
    done.set(true);
  }

  /** Whether the schema has been brought up to date. */
  public boolean isDone() {
    return done.get();
  }
}

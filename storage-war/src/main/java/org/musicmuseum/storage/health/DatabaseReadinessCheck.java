package org.musicmuseum.storage.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicmuseum.storage.persistence.Migrations;

/** Ready when the database answers and the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Resource(lookup = "jdbc/museum")
  DataSource dataSource;

  @Inject Migrations migrations;

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("database").withData("migrated", migrations.isDone());
    try (Connection c = dataSource.getConnection()) {
      return builder.status(c.isValid(2) && migrations.isDone()).build();
    } catch (Exception e) {
      return builder.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}

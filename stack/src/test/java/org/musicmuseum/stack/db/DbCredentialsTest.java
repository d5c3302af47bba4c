package org.musicmuseum.stack.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCredentialsTest {

  @Test
  void thePasswordIsGeneratedOnceAndKeptPrivate(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("db").resolve(DbCredentials.FILE_NAME);

    String first = DbCredentials.loadOrCreate(file);
    String second = DbCredentials.loadOrCreate(file);

    assertThat(first).matches("[A-Za-z0-9]{24}").isEqualTo(second);
    assertThat(DbCredentials.load(file)).isEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void everyStackGetsItsOwnPassword(@TempDir Path dir) {
    String a = DbCredentials.loadOrCreate(dir.resolve("a/" + DbCredentials.FILE_NAME));
    String b = DbCredentials.loadOrCreate(dir.resolve("b/" + DbCredentials.FILE_NAME));

    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void theSetupSqlIsIdempotent() {
    String sql = DbSetup.sql("museum", "abc123");

    assertThat(sql)
        .contains("CREATE DATABASE IF NOT EXISTS museum CHARACTER SET utf8mb4")
        .contains("CREATE USER IF NOT EXISTS 'museum'@'%'")
        .contains("CREATE USER IF NOT EXISTS 'museum'@'localhost'")
        .contains("GRANT ALL ON museum.* TO 'museum'@'%'");
  }

  @Test
  void anExternalDatabaseComesFromTheEnvironment() {
    assertThat(DbAccess.external(Map.of())).isEmpty();

    DbAccess access =
        DbAccess.external(
                Map.of(
                    DbAccess.EXTERNAL_URL_ENV,
                    "jdbc:mysql://db.example:3306/museum",
                    DbAccess.EXTERNAL_USER_ENV,
                    "app",
                    DbAccess.EXTERNAL_PASSWORD_ENV,
                    "s3cret"))
            .orElseThrow();

    assertThat(access.url()).isEqualTo("jdbc:mysql://db.example:3306/museum");
    assertThat(access.asEnv())
        .containsEntry("DB_USER", "app")
        .containsEntry("DB_PASSWORD", "s3cret");
    assertThat(access.toString()).doesNotContain("s3cret");
  }

  @Test
  void theEmbeddedUrlDisablesTlsAndBatchesWrites() {
    assertThat(DbAccess.jdbcUrl(3306))
        .isEqualTo(
            "jdbc:mysql://127.0.0.1:3306/museum"
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true");
  }
}

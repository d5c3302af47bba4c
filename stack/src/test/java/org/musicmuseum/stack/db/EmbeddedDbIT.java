package org.musicmuseum.stack.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.stack.TestDirs;

class EmbeddedDbIT {

  static {
    // The failsafe configuration points java.io.tmpdir below target/ (see stack/pom.xml).
    try {
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theAppUserOwnsTheMuseumDatabaseAndDataSurvivesARestart() throws Exception {
    Path dir = TestDirs.fresh("db");
    int port = Ports.free();
    String password;

    try (EmbeddedDb db = EmbeddedDb.start(dir, port)) {
      password = db.password();
      assertThat(db.user()).isEqualTo("museum");
      assertThat(db.jdbcUrl()).startsWith("jdbc:mysql://127.0.0.1:" + port + "/museum?");
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE albums (id INT PRIMARY KEY, name VARCHAR(200), at DATETIME(6))");
        s.execute(
            "INSERT INTO albums VALUES (7, 'Kind of Blue – 日本', '2026-11-25 10:15:30.123456')");
        assertThat(scalar(s, "SELECT @@character_set_server")).isEqualTo("utf8mb4");
        assertThat(scalar(s, "SELECT @@max_connections")).isEqualTo("300");
      }
    }
    assertThat(Files.exists(dir.resolve("init.sql"))).isFalse();
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(DbCredentials.FILE_NAME))))
        .isEqualTo("rw-------");
    assertThat(Ports.isFree(port)).isTrue();

    try (EmbeddedDb again = EmbeddedDb.start(dir, port);
        Connection c = again.access().connect();
        Statement s = c.createStatement()) {
      assertThat(again.password()).isEqualTo(password);
      assertThat(scalar(s, "SELECT CONCAT(name, ' @ ', at) FROM albums WHERE id = 7"))
          .isEqualTo("Kind of Blue – 日本 @ 2026-11-25 10:15:30.123456");
    }
  }

  private static String scalar(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

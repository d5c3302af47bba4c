package org.musicmuseum.stack.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** How services reach the database: JDBC URL, user and password (never printed). */
public record DbAccess(String url, String user, String password) {

  public static final String EXTERNAL_URL_ENV = "MUSEUM_DB_URL";
  public static final String EXTERNAL_USER_ENV = "MUSEUM_DB_USER";
  public static final String EXTERNAL_PASSWORD_ENV = "MUSEUM_DB_PASSWORD";
  public static final String DATABASE = "museum";

  /**
   * The server given by {@code MUSEUM_DB_URL} (+ user, password), if set; the stack then starts no
   * DB.
   */
  public static Optional<DbAccess> external(Map<String, String> env) {
    String url = env.get(EXTERNAL_URL_ENV);
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new DbAccess(
            url,
            env.getOrDefault(EXTERNAL_USER_ENV, ""),
            env.getOrDefault(EXTERNAL_PASSWORD_ENV, "")));
  }

  /** The embedded server on 127.0.0.1:{@code port}, with the password kept under {@code dbDir}. */
  public static DbAccess embedded(int port, Path dbDir) {
    return new DbAccess(
        jdbcUrl(port),
        DbCredentials.APP_USER,
        DbCredentials.load(dbDir.resolve(DbCredentials.FILE_NAME)));
  }

  public static String jdbcUrl(int port) {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + DATABASE
        + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** One quick connection attempt. */
  public boolean canConnect() {
    try (Connection c =
        DriverManager.getConnection(
            url + (url.contains("?") ? "&" : "?") + "connectTimeout=2000&socketTimeout=5000",
            user,
            password)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  /** The environment a service reads: DB_URL, DB_USER, DB_PASSWORD. */
  public Map<String, String> asEnv() {
    return Map.of("DB_URL", url, "DB_USER", user, "DB_PASSWORD", password);
  }

  @Override
  public String toString() {
    return "DbAccess[url=" + url + ", user=" + user + ", password=***]";
  }
}

package org.musicmuseum.stack.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The SQL that prepares the application's database and user; idempotent, run by the server at every
 * start.
 */
final class DbSetup {

  private DbSetup() {}

  /**
   * Writes the statements for {@code --init-file}, readable by the owner only (it holds the
   * password).
   */
  static void writeInitFile(Path file, String user, String password) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, sql(user, password), StandardCharsets.UTF_8);
  }

  static String sql(String user, String password) {
    if (!password.matches("[A-Za-z0-9]+") || !user.matches("[a-z_]+")) {
      throw new IllegalArgumentException("unexpected characters in the generated credentials");
    }
    StringBuilder sql = new StringBuilder();
    sql.append("CREATE DATABASE IF NOT EXISTS ")
        .append(DbAccess.DATABASE)
        .append(" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
    for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
      String account = "'" + user + "'@'" + host + "'";
      sql.append("CREATE USER IF NOT EXISTS ")
          .append(account)
          .append(" IDENTIFIED BY '")
          .append(password)
          .append("';\n");
      sql.append("ALTER USER ")
          .append(account)
          .append(" IDENTIFIED BY '")
          .append(password)
          .append("';\n");
      sql.append("GRANT ALL ON ")
          .append(DbAccess.DATABASE)
          .append(".* TO ")
          .append(account)
          .append(";\n");
    }
    return sql.toString();
  }
}

package org.musicmuseum.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The stack's database over JDBC, as a test checks it: a connection per statement.
 *
 * @param url the JDBC URL
 * @param user the database user
 * @param password that user's password (left out of {@link #toString()})
 */
public record Db(String url, String user, String password) {

  /** Reads what a query returned. */
  public interface Rows<T> {
    T read(ResultSet rs) throws SQLException;
  }

  @Override
  public String toString() {
    return "Db[" + url + " as " + user + "]";
  }

  public <T> T query(String sql, Rows<T> rows) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rows.read(rs);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The single number a query returns, e.g. a {@code COUNT(*)}. */
  public long count(String sql) {
    return query(
        sql,
        rs -> {
          if (!rs.next()) {
            throw new IllegalStateException("no row: " + sql);
          }
          return rs.getLong(1);
        });
  }

  /** The first column of every row, as text. */
  public List<String> strings(String sql) {
    return query(
        sql,
        rs -> {
          List<String> values = new ArrayList<>();
          while (rs.next()) {
            values.add(rs.getString(1));
          }
          return values;
        });
  }

  /** Runs a statement that returns no rows (e.g. a cleanup); returns the rows it changed. */
  public int update(String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}

package org.musicmuseum.stack.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.musicmuseum.stack.Poll;
import org.musicmuseum.stack.db.DbAccess;

/** A database given by MUSEUM_DB_URL: the stack only checks it can connect. */
final class ExternalDbComponent implements Component {

  private static final Pattern PORT = Pattern.compile("^jdbc:[a-z]+://[^/:]+:(\\d+)");

  private final DbAccess access;

  ExternalDbComponent(DbAccess access) {
    this.access = access;
  }

  @Override
  public String name() {
    return "db";
  }

  @Override
  public int port() {
    Matcher m = PORT.matcher(access.url());
    return m.find() ? Integer.parseInt(m.group(1)) : 3306;
  }

  @Override
  public List<PortClaim> claims() {
    return List.of();
  }

  @Override
  public boolean managed() {
    return false;
  }

  @Override
  public boolean isRunning() {
    return true;
  }

  @Override
  public boolean isReady() {
    return access.canConnect();
  }

  @Override
  public OptionalLong pid() {
    return OptionalLong.empty();
  }

  @Override
  public void start() {
    // not ours to start
  }

  @Override
  public void awaitReady(Duration timeout) {
    Poll.until(
        "external database " + access.url() + " (" + DbAccess.EXTERNAL_URL_ENV + ")",
        timeout,
        access::canConnect,
        () -> true);
  }

  @Override
  public void stop() {
    // not ours to stop
  }

  @Override
  public void kill() {
    // not ours to kill
  }

  @Override
  public List<Path> logs() {
    return List.of();
  }
}

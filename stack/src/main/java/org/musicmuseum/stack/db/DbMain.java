package org.musicmuseum.stack.db;

import java.nio.file.Path;
import org.musicmuseum.stack.MainSupport;

/** Separate process for the run command and the system tests: {@code DbMain <dir> <port>}. */
public final class DbMain {

  private DbMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: DbMain <dir> <port>");
      System.exit(2);
    }
    int port = MainSupport.parsePort(args[1], "port");
    EmbeddedDb db;
    try {
      db = EmbeddedDb.start(Path.of(args[0]), port);
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
      return;
    }
    MainSupport.runUntilStopped(
        db,
        "READY db 127.0.0.1:"
            + port
            + " database "
            + DbAccess.DATABASE
            + " user "
            + db.user()
            + " (password in "
            + DbCredentials.FILE_NAME
            + ")");
    System.exit(0);
  }
}

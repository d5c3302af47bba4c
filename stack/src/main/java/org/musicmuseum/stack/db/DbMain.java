package org.musicmuseum.stack.db;

import java.nio.file.Path;
import org.musicmuseum.stack.MainSupport;

/** Separate process for the run command and the system tests: {@code DbMain <dir> <port>}. */
public final class DbMain {

  private DbMain() {}

  public static void main(String[] args) throws InterruptedException {
    System.exit(
        MainSupport.serve(
            args,
            2,
            "DbMain <dir> <port>",
            a -> EmbeddedDb.start(Path.of(a[0]), MainSupport.parsePort(a[1], "port")),
            (a, db) ->
                "READY db 127.0.0.1:"
                    + a[1]
                    + " database "
                    + DbAccess.DATABASE
                    + " user "
                    + db.user()
                    + " (password in "
                    + DbCredentials.FILE_NAME
                    + ")"));
  }
}

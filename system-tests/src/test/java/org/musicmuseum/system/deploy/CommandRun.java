package org.musicmuseum.system.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An external program a deploy test runs (nginx -t, git ls-files): did it succeed, what it said.
 */
record CommandRun(boolean succeeded, String output) {

  private static final long TIMEOUT_SECONDS = 60;

  /** Runs {@code command} in {@code dir}, its standard error merged into its output. */
  static CommandRun run(Path dir, String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    return new CommandRun(done && process.exitValue() == 0, output);
  }
}

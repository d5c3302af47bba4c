package org.musicmuseum.stack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the run command remembers between calls: {@code run/<name>.pid} and {@code run/<name>.port}.
 */
public final class RunState {

  private final Path runDir;

  public RunState(Path runDir) {
    this.runDir = runDir;
  }

  public void recordPid(String name, long pid) {
    write(pidFile(name), Long.toString(pid));
  }

  public void recordPort(String name, int port) {
    write(runDir.resolve(name + ".port"), Integer.toString(port));
  }

  public OptionalLong pid(String name) {
    String text = read(pidFile(name));
    try {
      return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  public OptionalInt port(String name) {
    String text = read(runDir.resolve(name + ".port"));
    try {
      return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * The recorded pid if that process is alive and, where its command line can be read, contains
   * {@code marker} (so a recycled pid of an unrelated process does not count).
   */
  public OptionalLong livePid(String name, String marker) {
    OptionalLong pid = pid(name);
    if (pid.isEmpty()) {
      return pid;
    }
    boolean matches =
        ProcessHandle.of(pid.getAsLong())
            .filter(ProcessHandle::isAlive)
            .map(p -> p.info().commandLine().map(cmd -> cmd.contains(marker)).orElse(true))
            .orElse(false);
    return matches ? pid : OptionalLong.empty();
  }

  /** Forgets a component (pid and port files). */
  public void clear(String name) {
    delete(pidFile(name));
    clearPort(name);
  }

  public void clearPort(String key) {
    delete(runDir.resolve(key + ".port"));
  }

  public Path pidFile(String name) {
    return runDir.resolve(name + ".pid");
  }

  private void write(Path file, String value) {
    try {
      Files.createDirectories(runDir);
      Path tmp = Files.createTempFile(runDir, String.valueOf(file.getFileName()), ".tmp");
      Files.writeString(tmp, value + "\n");
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file).trim() : "";
    } catch (IOException e) {
      return "";
    }
  }
}

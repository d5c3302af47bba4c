package org.musicmuseum.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh directories for integration tests under {@code target/it}, kept for post-mortems. */
public final class TestDirs {

  private TestDirs() {}

  public static Path fresh(String prefix) {
    try {
      Path parent = Files.createDirectories(Path.of("target", "it").toAbsolutePath());
      return Files.createTempDirectory(parent, prefix + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The project root (failsafe passes {@code museum.root}; the module's parent otherwise). */
  public static Path projectRoot() {
    String root = System.getProperty("museum.root");
    return root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
  }
}

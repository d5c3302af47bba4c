package org.musicmuseum.kit.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void writesTheContentCreatingTheDirectory() throws IOException {
    Path file = dir.resolve("a/b/state.json");

    AtomicFile.write(file, "{\"n\":1}");

    assertThat(Files.readString(file)).isEqualTo("{\"n\":1}");
  }

  @Test
  void replacesTheWholeContentAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("state.json");
    AtomicFile.write(file, "a much longer first content");

    AtomicFile.write(file, "short".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(file)).isEqualTo("short");
    assertThat(namesIn(dir)).containsExactly("state.json");
  }

  @Test
  void aFailedMoveKeepsWhatWasThereAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectories(target.resolve("inside"));

    assertThatThrownBy(() -> AtomicFile.write(target, "new")).isInstanceOf(IOException.class);

    assertThat(target.resolve("inside")).isDirectory();
    assertThat(namesIn(dir)).containsExactly("taken");
  }

  @Test
  void writesUtf8() throws IOException {
    Path file = dir.resolve("name.txt");

    AtomicFile.write(file, "Björk – Homogenic");

    assertThat(Files.readAllBytes(file))
        .isEqualTo("Björk – Homogenic".getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> namesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}

package org.musicmuseum.audit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.events.EventType;

class IndexFileTest {

  private static final List<IndexEntry> ENTRIES =
      List.of(
          IndexEntry.of(EventType.NEW_ALBUM, 1, 0),
          IndexEntry.of(EventType.NEW_SINGLE_SONG, 0, 0),
          IndexEntry.of(EventType.NEW_ALBUM, 0, LogPosition.MAX_OFFSET));

  @TempDir Path dir;

  private List<IndexEntry> reopen(Path path) throws IOException {
    List<IndexEntry> loaded = new ArrayList<>();
    try (IndexFile file = IndexFile.open(path, loaded::add)) {
      assertThat(file.entries()).isEqualTo(loaded.size());
    }
    return loaded;
  }

  @Test
  void givesBackWhatWasAppendedInOrder() throws IOException {
    Path path = dir.resolve("sub/dir/index.bin");
    try (IndexFile file = IndexFile.open(path, e -> {})) {
      file.append(ENTRIES.subList(0, 2));
      file.append(ENTRIES.subList(2, 3));
    }
    assertThat(Files.size(path)).isEqualTo(3 * 16);
    assertThat(reopen(path)).isEqualTo(ENTRIES);
  }

  @Test
  void cutsAPartialLastEntry() throws IOException {
    Path path = dir.resolve("index.bin");
    try (IndexFile file = IndexFile.open(path, e -> {})) {
      file.append(ENTRIES);
    }
    Files.write(path, new byte[] {0, 0, 0, 1, 0, 0}, StandardOpenOption.APPEND);

    assertThat(reopen(path)).isEqualTo(ENTRIES);
    assertThat(Files.size(path)).isEqualTo(3 * 16);
  }

  @Test
  void cutsAZeroFilledOrGarbledTail() throws IOException {
    Path path = dir.resolve("index.bin");
    try (IndexFile file = IndexFile.open(path, e -> {})) {
      file.append(ENTRIES.subList(0, 1));
    }
    Files.write(path, new byte[32], StandardOpenOption.APPEND);
    byte[] bytes = Files.readAllBytes(path);
    bytes[16 + 3] = 9;
    Files.write(path, bytes);

    assertThat(reopen(path)).containsExactly(ENTRIES.get(0));
    assertThat(Files.size(path)).isEqualTo(16);
  }

  @Test
  void canBeEmptiedForARebuild() throws IOException {
    Path path = dir.resolve("index.bin");
    try (IndexFile file = IndexFile.open(path, e -> {})) {
      file.append(ENTRIES);
      file.clear();
      assertThat(file.entries()).isZero();
      file.append(ENTRIES.subList(1, 2));
    }
    assertThat(reopen(path)).containsExactly(ENTRIES.get(1));
  }

  @Test
  void isNotOpenedTwice() throws IOException {
    Path path = dir.resolve("index.bin");
    try (IndexFile file = IndexFile.open(path, e -> {})) {
      assertThatThrownBy(() -> IndexFile.open(path, e -> {}))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("already open");
      assertThat(file.isOpen()).isTrue();
    }
  }
}

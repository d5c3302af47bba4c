package org.musicmuseum.audit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.events.EventType;

class IndexStoreTest {

  @TempDir Path dir;

  @Test
  void aReopenedStoreGivesEveryIndexTheSamePosition() throws IOException {
    Path path = dir.resolve("index.bin");
    try (IndexStore store = new IndexStore(path)) {
      store.open();
      store.append(
          List.of(
              IndexEntry.of(EventType.NEW_ALBUM, 1, 0), IndexEntry.of(EventType.NEW_ALBUM, 0, 0)));
      store.append(List.of(IndexEntry.of(EventType.NEW_SINGLE_SONG, 1, 1)));
      assertThat(store.index().find(EventType.NEW_ALBUM, 1)).contains(new LogPosition(0, 0));
    }
    try (IndexStore again = new IndexStore(path)) {
      assertThat(again.index().count(EventType.NEW_ALBUM)).isZero();
      again.open();
      OffsetIndex index = again.index();
      assertThat(index.find(EventType.NEW_ALBUM, 0)).contains(new LogPosition(1, 0));
      assertThat(index.find(EventType.NEW_ALBUM, 1)).contains(new LogPosition(0, 0));
      assertThat(index.find(EventType.NEW_SINGLE_SONG, 0)).contains(new LogPosition(1, 1));
      assertThat(index.nextOffsets()).containsEntry(0, 1L).containsEntry(1, 2L);
    }
  }

  @Test
  void entriesThatCouldNotBeWrittenNeverReachMemory() throws IOException {
    IndexStore store = new IndexStore(dir.resolve("index.bin"));
    store.open();
    store.close();

    assertThatThrownBy(() -> store.append(List.of(IndexEntry.of(EventType.NEW_ALBUM, 0, 0))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.index().count(EventType.NEW_ALBUM)).isZero();
  }

  @Test
  void clearingForgetsOnDiskAndInMemory() throws IOException {
    Path path = dir.resolve("index.bin");
    try (IndexStore store = new IndexStore(path)) {
      store.open();
      store.append(List.of(IndexEntry.of(EventType.NEW_ALBUM, 0, 4)));
      store.clear();
      assertThat(store.index().count(EventType.NEW_ALBUM)).isZero();
      assertThat(store.index().nextOffsets()).isEmpty();
    }
    try (IndexStore again = new IndexStore(path)) {
      again.open();
      assertThat(again.index().count(EventType.NEW_ALBUM)).isZero();
    }
  }
}

package org.musicmuseum.audit.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventType;

class OffsetIndexTest {

  @Test
  void numbersEachTypeSeparatelyInTheOrderAdded() {
    OffsetIndex index = new OffsetIndex();
    index.add(IndexEntry.of(EventType.NEW_ALBUM, 1, 0));
    index.add(IndexEntry.of(EventType.NEW_SINGLE_SONG, 0, 0));
    index.add(IndexEntry.of(EventType.NEW_ALBUM, 0, 1));

    assertThat(index.count(EventType.NEW_ALBUM)).isEqualTo(2);
    assertThat(index.count(EventType.NEW_SINGLE_SONG)).isEqualTo(1);
    assertThat(index.find(EventType.NEW_ALBUM, 0)).contains(new LogPosition(1, 0));
    assertThat(index.find(EventType.NEW_ALBUM, 1)).contains(new LogPosition(0, 1));
    assertThat(index.find(EventType.NEW_SINGLE_SONG, 0)).contains(new LogPosition(0, 0));
    assertThat(index.find(EventType.NEW_SINGLE_SONG, 1)).isEmpty();
  }

  @Test
  void resumesEachPartitionAfterItsHighestIndexedOffset() {
    OffsetIndex index = new OffsetIndex();
    assertThat(index.nextOffsets()).isEmpty();
    index.add(IndexEntry.of(EventType.NEW_ALBUM, 0, 5));
    index.add(IndexEntry.of(EventType.NEW_SINGLE_SONG, 0, 3));
    index.add(IndexEntry.of(EventType.NEW_ALBUM, 1, 9));

    assertThat(index.nextOffsets()).isEqualTo(Map.of(0, 6L, 1, 10L));
  }
}

package org.musicmuseum.audit.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionArrayTest {

  @Test
  void growsAndKeepsEveryPositionAtItsIndex() {
    PositionArray array = new PositionArray(2);
    for (int i = 0; i < 1_000_001; i++) {
      assertThat(array.append(new LogPosition(i % 2, i / 2))).isEqualTo(i);
    }
    assertThat(array.size()).isEqualTo(1_000_001);
    assertThat(array.get(0)).contains(new LogPosition(0, 0));
    assertThat(array.get(999_999)).contains(new LogPosition(1, 499_999));
    assertThat(array.get(1_000_000)).contains(new LogPosition(0, 500_000));
  }

  @Test
  void hasNothingOutsideItsSize() {
    PositionArray array = new PositionArray();
    array.append(new LogPosition(0, 7));
    assertThat(array.get(1)).isEmpty();
    assertThat(array.get(-1)).isEmpty();
    assertThat(array.get(Long.MAX_VALUE)).isEmpty();
  }
}

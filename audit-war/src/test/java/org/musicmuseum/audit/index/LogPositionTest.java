package org.musicmuseum.audit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogPositionTest {

  @Test
  void packsIntoOneLongAndBack() {
    for (LogPosition p :
        new LogPosition[] {
          new LogPosition(0, 0),
          new LogPosition(1, 42),
          new LogPosition(LogPosition.MAX_PARTITION, LogPosition.MAX_OFFSET),
          new LogPosition(0x8000, 1L << 40)
        }) {
      assertThat(LogPosition.unpack(p.pack())).isEqualTo(p);
    }
    assertThat(new LogPosition(1, 0).pack()).isNotEqualTo(new LogPosition(0, 1).pack());
  }

  @Test
  void refusesWhatDoesNotFit() {
    assertThatThrownBy(() -> new LogPosition(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogPosition(LogPosition.MAX_PARTITION + 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogPosition(0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogPosition(0, LogPosition.MAX_OFFSET + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

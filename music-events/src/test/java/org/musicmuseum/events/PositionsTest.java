package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionsTest {

  @Test
  void readsPairsInAnyOrderAndWritesThemByPartition() {
    Positions p = Positions.parse("3:17, 0:41").orElseThrow();
    assertThat(p.lastRead()).containsExactly(Map.entry(0, 41L), Map.entry(3, 17L));
    assertThat(p.partitions()).containsExactly(0, 3);
    assertThat(p.text()).isEqualTo("0:41,3:17");
    assertThat(Positions.parse(p.text())).contains(p);
  }

  @Test
  void anAbsentCursorStartsAtTheBeginning() {
    assertThat(Positions.parse(null)).contains(Positions.start());
    assertThat(Positions.parse(" ")).contains(Positions.start());
    assertThat(Positions.start().text()).isEmpty();
  }

  @Test
  void refusesMalformedCursors() {
    for (String bad :
        new String[] {"0", "0:", ":5", "0:5,0:6", "-1:5", "0:-5", "a:b", "0:5:6", "0:5,", "42"}) {
      assertThat(Positions.parse(bad)).as(bad).isEmpty();
    }
    String tooMany = "0:1,".repeat(Positions.MAX_PARTITIONS) + "0:1";
    assertThat(Positions.parse(tooMany)).isEmpty();
  }

  @Test
  void movesOnlyForwardAndOnlyThePartitionRead() {
    Positions p = Positions.parse("0:41,3:17").orElseThrow();
    Positions moved = p.after(3, 20).after(5, 0).after(0, 7);
    assertThat(moved.text()).isEqualTo("0:41,3:20,5:0");
    assertThat(p.text()).as("unchanged").isEqualTo("0:41,3:17");
  }

  @Test
  void tellsWhatItIncludesAndWhatMoved() {
    Positions before = Positions.parse("0:41,3:17").orElseThrow();
    Positions after = before.after(3, 30).after(4, 2);
    assertThat(after.includes(3, 30)).isTrue();
    assertThat(after.includes(3, 31)).isFalse();
    assertThat(after.includes(1, 0)).as("a partition never read").isFalse();
    assertThat(after.lastRead(4)).hasValue(2);
    assertThat(after.lastRead(1)).isEmpty();
    assertThat(after.movedSince(before).text()).isEqualTo("3:30,4:2");
    assertThat(before.only(after.movedSince(before).partitions()).text()).isEqualTo("3:17");
    assertThat(before.movedSince(before).isStart()).isTrue();
  }
}

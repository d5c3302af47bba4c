package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;

class ScaleOptionsTest {

  private static final Path ROOT = Path.of("/museum");

  @Test
  void defaultsToOneTwoAndThreeReplicasOnTheTopicsDefaultPartitions() {
    ScaleOptions options = ScaleOptions.parse(ROOT, List.of());
    assertThat(options.replicas()).containsExactly(1, 2, 3);
    assertThat(options.partitions()).isEqualTo(Topics.DEFAULT_PARTITIONS);
    assertThat(options.out()).isEqualTo(ROOT.resolve("loadtest/target/bench"));
  }

  @Test
  void readsEveryOption() {
    ScaleOptions options =
        ScaleOptions.parse(
            ROOT,
            List.of("--events", "5000", "--replicas", "2, 4", "--partitions", "8", "--out", "/o"));
    assertThat(options.events()).isEqualTo(5000);
    assertThat(options.replicas()).containsExactly(2, 4);
    assertThat(options.partitions()).isEqualTo(8);
    assertThat(options.out()).isEqualTo(Path.of("/o"));
  }

  @Test
  void refusesWhatCannotBeMeasuredWithAClearMessage() {
    assertThatThrownBy(() -> ScaleOptions.parse(ROOT, List.of("--replicas", "7")))
        .hasMessageContaining("1..6");
    assertThatThrownBy(() -> ScaleOptions.parse(ROOT, List.of("--events", "many")))
        .hasMessageContaining("--events needs a whole number");
    assertThatThrownBy(() -> ScaleOptions.parse(ROOT, List.of("--fast")))
        .hasMessageContaining("unknown option --fast");
  }
}

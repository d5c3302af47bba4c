package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  private static final Path ROOT = Path.of("/museum");

  @Test
  void defaultsMeasureTheFullSizes() {
    BenchOptions options = BenchOptions.parse(ROOT, List.of());

    assertThat(options.out()).isEqualTo(ROOT.resolve("loadtest/target/bench"));
    assertThat(options.auditIndex()).isEqualTo(1_000_000);
    assertThat(options.freshnessRate()).isEqualTo(1000);
    assertThat(options.rounds()).isGreaterThan(1);
    assertThat(options.profile()).isTrue();
    assertThat(options.keep()).isFalse();
    assertThat(options.figures()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(options.runs()).isEqualTo(1);
  }

  @Test
  void runsAreReadAndEachRunKeepsEveryOptionButItsDirectory() {
    BenchOptions options =
        BenchOptions.parse(ROOT, List.of("--quick", "--runs", "3", "--only", "2"));

    assertThat(options.runs()).isEqualTo(3);
    assertThat(BenchOptions.parse(ROOT, List.of("--runs", "9")).runs()).isEqualTo(9);
    BenchOptions run = options.withOut(Path.of("/tmp/b/run-2"));
    assertThat(run.out()).isEqualTo(Path.of("/tmp/b/run-2"));
    assertThat(run).isEqualTo(options.withOut(options.out()).withOut(Path.of("/tmp/b/run-2")));
    assertThat(run.figures()).containsExactly(2);
    assertThat(run.measured()).isEqualTo(options.measured());
    assertThat(run.runs()).isEqualTo(3);
    assertThat(BenchOptions.USAGE).contains("--runs N").contains("summary.md");
  }

  @Test
  void onlyPicksFiguresAndTheDrainBringsItsBacklogAlong() {
    assertThat(BenchOptions.parse(ROOT, List.of("--only", "2")).figures()).containsExactly(2);
    assertThat(BenchOptions.parse(ROOT, List.of("--only", "5, 4")).figures())
        .containsExactlyInAnyOrder(4, 5);
    assertThat(BenchOptions.parse(ROOT, List.of("--only", "3")).figures())
        .containsExactlyInAnyOrder(1, 2, 3);
    assertThat(BenchOptions.parse(ROOT, List.of("--only", "6")).measures(1)).isFalse();
    assertThat(BenchOptions.parse(ROOT, List.of("--only", "8")).figures())
        .containsExactlyInAnyOrder(7, 8);
  }

  @Test
  void quickShrinksEverythingAndFlagsAndValuesAreRead() {
    BenchOptions options =
        BenchOptions.parse(
            ROOT,
            List.of(
                "--quick", "--no-profile", "--keep", "--out", "/tmp/b", "--audit-index", "5000"));

    assertThat(options.measured()).isLessThan(Duration.ofSeconds(10));
    assertThat(options.pagePosts()).isLessThan(BenchOptions.parse(ROOT, List.of()).pagePosts());
    assertThat(options.auditIndex()).isEqualTo(5000);
    assertThat(options.out()).isEqualTo(Path.of("/tmp/b"));
    assertThat(options.profile()).isFalse();
    assertThat(options.keep()).isTrue();
  }

  @Test
  void thePageFiguresNeedTheBrowserAndNothingElseDoes() {
    BenchOptions all = BenchOptions.parse(ROOT, List.of());
    assertThat(all.missingTools(false))
        .hasValueSatisfying(m -> assertThat(m).contains("chromium-driver", "--only 1,2,3,4,5,6"));
    assertThat(all.missingTools(true)).isEmpty();
    assertThat(BenchOptions.parse(ROOT, List.of("--only", "8")).missingTools(false)).isPresent();
    assertThat(BenchOptions.parse(ROOT, List.of("--only", "1,2,3,4,5,6")).missingTools(false))
        .isEmpty();
  }

  @Test
  void badOptionsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, List.of("--fast")))
        .hasMessageContaining("--fast");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, List.of("--out")))
        .hasMessageContaining("--out needs a value");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, List.of("--audit-index", "0")))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, List.of("--only", "9")))
        .hasMessageContaining("1 to 8, not 9");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, List.of("--only", "x")))
        .hasMessageContaining("not x");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, List.of("--runs")))
        .hasMessageContaining("--runs needs a value");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, List.of("--runs", "0")))
        .hasMessage("--runs takes a number of runs from 1 to 9, not 0");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, List.of("--runs", "10")))
        .hasMessageContaining("from 1 to 9, not 10");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, List.of("--runs", "three")))
        .hasMessageContaining("from 1 to 9, not three");
  }
}

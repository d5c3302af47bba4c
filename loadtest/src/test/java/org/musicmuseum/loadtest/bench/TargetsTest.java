package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.musicmuseum.loadtest.report.Figure.Target;

/** The targets of issue 20, each where its figure is measured. */
class TargetsTest {

  @Test
  void theThroughputRatiosAreAtLeastTheirShareOfTheBaseline() {
    assertThat(ReceiverBench.TARGET).isEqualTo(Target.atLeast(0.70));
    assertThat(BatchBench.TARGET).isEqualTo(Target.atLeast(0.60));
    assertThat(DrainBench.TARGET).isEqualTo(Target.atLeast(0.80));
  }

  @Test
  void freshnessReadinessAndMemoryAreAtMostTheirLimits() {
    assertThat(FreshnessBench.TARGET).isEqualTo(Target.atMost(400));
    assertThat(BenchRun.READY_TARGET).isEqualTo(Target.atMost(60));
    assertThat(BenchRun.RSS_TARGET).isEqualTo(Target.atMost(256));
    assertThat(BenchRun.RSS_TARGET.holds(256)).isTrue();
    assertThat(BenchRun.RSS_TARGET.holds(256.1)).isFalse();
  }
}

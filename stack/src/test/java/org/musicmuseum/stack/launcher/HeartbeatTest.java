package org.musicmuseum.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

  @Test
  void itBeatsWithTheSecondsSoFarUntilClosed() throws InterruptedException {
    List<Long> beats = new CopyOnWriteArrayList<>();
    CountDownLatch twice = new CountDownLatch(2);
    try (Heartbeat beat =
        Heartbeat.every(
            Duration.ofMillis(10),
            seconds -> {
              beats.add(seconds);
              twice.countDown();
            })) {
      assertThat(twice.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(beats).allSatisfy(seconds -> assertThat(seconds).isNotNegative());
  }

  @Test
  void theLineNamesWhatIsSlowAndForHowLong() {
    assertThat(Heartbeat.waiting("kafka", 20))
        .isEqualTo("            still waiting for kafka (20 s)");
  }

  @Test
  void theLauncherSpeaksUpWellWithinFifteenSeconds() {
    assertThat(Heartbeat.INTERVAL).isLessThanOrEqualTo(Duration.ofSeconds(15));
  }
}

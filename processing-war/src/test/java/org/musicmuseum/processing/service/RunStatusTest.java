package org.musicmuseum.processing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunStatusTest {

  private static final Instant T0 = Instant.parse("2026-11-26T14:00:00Z");
  private static final Duration MAX_AGE = Duration.ofSeconds(15);

  @Test
  void notReadyBeforeTheFirstSuccess() {
    RunStatus status = new RunStatus();
    status.failed(T0, new ConnectException());

    assertThat(status.isReady(T0, MAX_AGE)).isFalse();
    assertThat(status.lastError()).contains("ConnectException");
    assertThat(status.lastRun()).contains(T0);
  }

  @Test
  void readyWhileTheLastSuccessIsRecentEnough() {
    RunStatus status = new RunStatus();
    status.succeeded(T0);

    assertThat(status.isReady(T0.plus(MAX_AGE), MAX_AGE)).isTrue();
    assertThat(status.isReady(T0.plus(MAX_AGE).plusMillis(1), MAX_AGE)).isFalse();
  }

  @Test
  void countsFailuresInARowUntilASuccess() {
    RunStatus status = new RunStatus();
    status.succeeded(T0);
    assertThat(status.failed(T0.plusSeconds(5), new IOException("x", new IOException("y"))))
        .isEqualTo(1);
    assertThat(status.failed(T0.plusSeconds(10), new IOException(null, new IOException("root"))))
        .isEqualTo(2);
    assertThat(status.lastError()).contains("IOException: root");
    assertThat(status.lastSuccess()).contains(T0);

    status.succeeded(T0.plusSeconds(15));
    assertThat(status.consecutiveFailures()).isZero();
    assertThat(status.lastError()).isEmpty();
  }
}

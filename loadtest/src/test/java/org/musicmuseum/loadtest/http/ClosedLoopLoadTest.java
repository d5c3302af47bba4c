package org.musicmuseum.loadtest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.testkit.StubServer;

class ClosedLoopLoadTest {

  @Test
  void countsEveryAnswerOfTheMeasuredPeriodByStatus() throws Exception {
    try (StubServer server = LoadStub.answering(n -> n % 2 == 0 ? 201 : 400)) {
      ClosedLoopLoad.Result result =
          new ClosedLoopLoad("127.0.0.1", server.port(), List.of(LoadStub.post(server)))
              .run(2, Duration.ofMillis(100), Duration.ofMillis(500));

      assertThat(result.answered()).isPositive().isLessThanOrEqualTo(server.seen());
      assertThat(result.withStatus(201) + result.withStatus(400)).isEqualTo(result.answered());
      assertThat(result.withStatus(201)).isPositive();
      assertThat(result.failures()).isZero();
      assertThat(result.perSecond()).isEqualTo(result.answered() / 0.5);
      assertThat(result.latencies().count()).isEqualTo((int) result.answered());
    }
  }

  @Test
  void aServerThatIsNotThereCountsFailuresNotAnswers() throws Exception {
    int port;
    try (StubServer server = LoadStub.answering(n -> 201)) {
      port = server.port();
    }

    ClosedLoopLoad.Result result =
        new ClosedLoopLoad("127.0.0.1", port, List.of(new byte[] {1}))
            .run(1, Duration.ZERO, Duration.ofMillis(200));

    assertThat(result.answered()).isZero();
    assertThat(result.failures()).isPositive();
  }
}

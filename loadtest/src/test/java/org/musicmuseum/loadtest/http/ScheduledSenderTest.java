package org.musicmuseum.loadtest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.testkit.StubServer;

class ScheduledSenderTest {

  @Test
  void sendsEveryRequestOnScheduleAndSortsTheAnswersFromTheFailures() throws Exception {
    try (StubServer server = LoadStub.answering(n -> n % 10 == 0 ? 503 : 201)) {
      List<byte[]> requests = Collections.nCopies(200, LoadStub.post(server));
      long start = System.nanoTime();

      ScheduledSender.Outcome outcome =
          new ScheduledSender("127.0.0.1", server.port(), 4).send(requests, 400, 201);

      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(server.seen()).isEqualTo(200);
      assertThat(outcome.answeredAt()).hasSize(180).isSorted();
      assertThat(outcome.failures()).containsEntry("503", 20L);
      assertThat(outcome.failed()).isEqualTo(20);
      // 200 requests at 400/s are due over half a second: the schedule, not the answers, sets it
      assertThat(seconds).isGreaterThanOrEqualTo(0.49);
    }
  }
}

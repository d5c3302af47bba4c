package org.musicmuseum.health.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicmuseum.health.domain.WatchedService;
import org.musicmuseum.kit.metrics.PrometheusText;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubRequest;
import org.musicmuseum.testkit.StubServer;

/** The scrape against an in-process JDK HTTP server that answers as it is told. */
class MetricsClientTest {

  private static final Duration TIMEOUT = Duration.ofMillis(400);

  private final StubServer server = StubServer.start();
  private final MetricsClient client = new MetricsClient(TIMEOUT);

  @AfterEach
  void stopServer() {
    server.close();
  }

  private static URI metricsOf(int port) {
    return WatchedService.of("receiver", "http://127.0.0.1:" + port + "/receiver").metricsUri();
  }

  /** Why the scrape failed. */
  private String failure(int port) {
    try {
      client.scrape(metricsOf(port)).join();
      throw new AssertionError("the scrape succeeded");
    } catch (CompletionException e) {
      return client.describe(e);
    }
  }

  @Test
  void readsPrometheusTextAtTheServerRoot() {
    server.answerAll(StubAnswer.of(200, "text/plain", "museum_receiver_accepted_total 3\n"));

    PrometheusText scrape = client.scrape(metricsOf(server.port())).join();

    assertThat(scrape.sum("museum_receiver_accepted_total")).isEqualTo(3.0);
    assertThat(server.requests()).extracting(StubRequest::path).containsExactly("/metrics");
  }

  @Test
  void anotherStatusFailsWithIt() {
    server.answerAll(StubAnswer.of(503, "text/plain", "busy"));

    assertThat(failure(server.port())).isEqualTo("HTTP 503");
  }

  @Test
  void anAnswerThatIsNoPrometheusTextFails() {
    server.answerAll(StubAnswer.of(200, "text/plain", "what is this?"));

    assertThat(failure(server.port())).startsWith("not Prometheus text");
  }

  @Test
  void aClosedPortIsConnectionRefused() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThat(failure(closedPort)).isEqualTo("connection refused");
  }
}

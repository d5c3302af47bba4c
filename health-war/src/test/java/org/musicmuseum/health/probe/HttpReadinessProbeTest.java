package org.musicmuseum.health.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicmuseum.health.domain.CheckResult;
import org.musicmuseum.health.domain.Status;
import org.musicmuseum.health.domain.WatchedService;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubRequest;
import org.musicmuseum.testkit.StubServer;

/** The probe against an in-process JDK HTTP server that answers as it is told. */
class HttpReadinessProbeTest {

  private static final Duration TIMEOUT = Duration.ofMillis(400);

  private final StubServer server = StubServer.start();

  @AfterEach
  void stopServer() {
    server.close();
  }

  private CheckResult check(int port) {
    WatchedService service = WatchedService.of("storage", "http://127.0.0.1:" + port + "/storage");
    return new HttpReadinessProbe(TIMEOUT).check(service).join();
  }

  private CheckResult check() {
    return check(server.port());
  }

  @Test
  void asksTheServerRootForReadiness() {
    server.answerAll(StubAnswer.json("{\"checks\":[],\"status\":\"UP\"}"));

    assertThat(check()).isEqualTo(CheckResult.running("ready"));
    assertThat(server.requests()).extracting(StubRequest::path).containsExactly("/health/ready");
  }

  @Test
  void a503HealthReportIsDegraded() {
    server.answerAll(
        StubAnswer.json(
            503, "{\"checks\":[{\"name\":\"database\",\"status\":\"DOWN\"}],\"status\":\"DOWN\"}"));

    assertThat(check()).isEqualTo(CheckResult.degraded("not ready: database"));
  }

  @Test
  void anotherAnswerIsDown() {
    server.answerAll(StubAnswer.json(500, "oops"));

    assertThat(check()).isEqualTo(CheckResult.down("HTTP 500"));
  }

  @Test
  void noAnswerWithinTheTimeoutIsDown() {
    server.answerAll(StubAnswer.json("").heldBack());
    long started = System.nanoTime();

    CheckResult result = check();

    assertThat(result.status()).isEqualTo(Status.DOWN);
    assertThat(result.detail()).isEqualTo("no answer within 400 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aRefusedConnectionIsDown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThat(check(closedPort)).isEqualTo(CheckResult.down("connection refused"));
  }
}

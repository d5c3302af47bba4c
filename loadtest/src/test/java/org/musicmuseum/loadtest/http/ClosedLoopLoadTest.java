package org.musicmuseum.loadtest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClosedLoopLoadTest {

  private HttpServer server;
  private final AtomicInteger seen = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          int n = seen.incrementAndGet();
          byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(n % 2 == 0 ? 201 : 400, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void countsEveryAnswerOfTheMeasuredPeriodByStatus() throws Exception {
    int port = server.getAddress().getPort();
    byte[] request =
        RawHttpConnection.post(
            "127.0.0.1", port, "/x", "application/json", "{}".getBytes(StandardCharsets.UTF_8));

    ClosedLoopLoad.Result result =
        new ClosedLoopLoad("127.0.0.1", port, List.of(request))
            .run(2, Duration.ofMillis(100), Duration.ofMillis(500));

    assertThat(result.answered()).isPositive().isLessThanOrEqualTo(seen.get());
    assertThat(result.withStatus(201) + result.withStatus(400)).isEqualTo(result.answered());
    assertThat(result.withStatus(201)).isPositive();
    assertThat(result.failures()).isZero();
    assertThat(result.perSecond()).isEqualTo(result.answered() / 0.5);
    assertThat(result.latencies().count()).isEqualTo((int) result.answered());
  }

  @Test
  void aServerThatIsNotThereCountsFailuresNotAnswers() throws Exception {
    int port = server.getAddress().getPort();
    server.stop(0);

    ClosedLoopLoad.Result result =
        new ClosedLoopLoad("127.0.0.1", port, List.of(new byte[] {1}))
            .run(1, Duration.ZERO, Duration.ofMillis(200));

    assertThat(result.answered()).isZero();
    assertThat(result.failures()).isPositive();
  }
}

package org.musicmuseum.health.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicmuseum.health.domain.CheckResult;
import org.musicmuseum.health.domain.Status;
import org.musicmuseum.health.domain.WatchedService;

/** The probe against an in-process JDK HTTP server that answers as it is told. */
class HttpReadinessProbeTest {

  private static final Duration TIMEOUT = Duration.ofMillis(400);

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicReference<String> path = new AtomicReference<>();
  private HttpServer server;
  private int status;
  private String body;
  private boolean hang;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    path.set(exchange.getRequestURI().getPath());
    if (hang) {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private CheckResult check(int port) {
    WatchedService service = WatchedService.of("storage", "http://127.0.0.1:" + port + "/storage");
    return new HttpReadinessProbe(TIMEOUT).check(service).join();
  }

  private CheckResult check() {
    return check(server.getAddress().getPort());
  }

  @Test
  void asksTheServerRootForReadiness() {
    status = 200;
    body = "{\"checks\":[],\"status\":\"UP\"}";

    assertThat(check()).isEqualTo(CheckResult.running("ready"));
    assertThat(path.get()).isEqualTo("/health/ready");
  }

  @Test
  void a503HealthReportIsDegraded() {
    status = 503;
    body = "{\"checks\":[{\"name\":\"database\",\"status\":\"DOWN\"}],\"status\":\"DOWN\"}";

    assertThat(check()).isEqualTo(CheckResult.degraded("not ready: database"));
  }

  @Test
  void anotherAnswerIsDown() {
    status = 500;
    body = "oops";

    assertThat(check()).isEqualTo(CheckResult.down("HTTP 500"));
  }

  @Test
  void noAnswerWithinTheTimeoutIsDown() {
    status = 200;
    body = "";
    hang = true;
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

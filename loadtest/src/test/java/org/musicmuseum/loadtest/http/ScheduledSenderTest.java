package org.musicmuseum.loadtest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduledSenderTest {

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
          exchange.sendResponseHeaders(n % 10 == 0 ? 503 : 201, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void sendsEveryRequestOnScheduleAndSortsTheAnswersFromTheFailures() throws Exception {
    int port = server.getAddress().getPort();
    List<byte[]> requests = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      requests.add(
          RawHttpConnection.post(
              "127.0.0.1", port, "/e", "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
    }
    long start = System.nanoTime();

    ScheduledSender.Outcome outcome =
        new ScheduledSender("127.0.0.1", port, 4).send(requests, 400, 201);

    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(seen.get()).isEqualTo(200);
    assertThat(outcome.answeredAt()).hasSize(180).isSorted();
    assertThat(outcome.failures()).containsEntry("503", 20L);
    assertThat(outcome.failed()).isEqualTo(20);
    // 200 requests at 400/s are due over half a second: the schedule, not the answers, sets it
    assertThat(seconds).isGreaterThanOrEqualTo(0.49);
  }
}

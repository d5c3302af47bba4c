package org.musicmuseum.console.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1 that gives every request the answer set last and records each request
 * as {@code <path?query> Accept: <accept>}. A slow server holds its answer until it is closed (or 2
 * s have passed).
 */
final class StubServer implements AutoCloseable {

  final List<String> requests = new CopyOnWriteArrayList<>();
  volatile boolean slow;
  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final HttpServer server;
  private volatile int status = 500;
  private volatile String type = "text/plain";
  private volatile String body = "no answer set";

  StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  void answer(int answerStatus, String answerType, String answerBody) {
    status = answerStatus;
    type = answerType;
    body = answerBody;
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.add(
        exchange.getRequestURI() + " Accept: " + exchange.getRequestHeaders().getFirst("Accept"));
    if (slow) {
      try {
        release.await(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    handlers.shutdownNow();
  }
}

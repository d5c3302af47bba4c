package org.musicmuseum.loadtest.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/** A loopback HTTP server: reads each request, answers the n-th with {@code status(n)}. */
final class StubServer implements AutoCloseable {

  private static final byte[] BODY = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final AtomicInteger seen = new AtomicInteger();

  StubServer(IntUnaryOperator status) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(status.applyAsInt(seen.incrementAndGet()), BODY.length);
          exchange.getResponseBody().write(BODY);
          exchange.close();
        });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Requests read so far. */
  int seen() {
    return seen.get();
  }

  /** A prepared POST of {@code {}} to this server. */
  byte[] post() {
    return RawHttpConnection.post(
        "127.0.0.1", port(), "/e", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

package org.musicmuseum.console.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One service as the console sees it: a loopback HTTP server answering each path with what the test
 * set. It can answer slowly (until the test ends), and go down and come back on its port.
 */
final class StubService implements AutoCloseable {

  /** An answer: status and JSON body, optionally held until {@link #close()}. */
  record Answer(int status, String body, boolean slow) {
    static Answer json(String body) {
      return new Answer(200, body, false);
    }

    static Answer problem(int status, String detail) {
      String body =
          Json.createObjectBuilder()
              .add("title", "Error")
              .add("status", status)
              .add("detail", detail)
              .build()
              .toString();
      return new Answer(status, body, false);
    }

    static Answer slow(String body) {
      return new Answer(200, body, true);
    }
  }

  private final String base;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final int port;
  private HttpServer server;

  /** A stub serving below {@code base}, e.g. {@code /processing}. */
  StubService(String base) throws IOException {
    this.base = base;
    server = bind(0);
    port = server.getAddress().getPort();
  }

  /** The base URL the console is given, e.g. {@code http://127.0.0.1:4711/processing}. */
  URI url() {
    return URI.create("http://127.0.0.1:" + port + base);
  }

  /** Answers {@code pathAndQuery} (below the base, e.g. {@code /stats}) with {@code answer}. */
  StubService answer(String pathAndQuery, Answer answer) {
    answers.put(pathAndQuery, answer);
    return this;
  }

  /** The paths and queries asked for, below the base, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /** Stops listening: connections are refused. */
  synchronized void down() {
    server.stop(0);
  }

  /** Listens again on the same port. */
  synchronized void up() throws IOException {
    server = bind(port);
  }

  private HttpServer bind(int onPort) throws IOException {
    HttpServer created =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 16);
    created.createContext(base, this::handle);
    created.setExecutor(pool);
    created.start();
    return created;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String asked =
          uri.getRawPath().substring(base.length())
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      requests.add(asked);
      Answer answer = answers.getOrDefault(asked, Answer.problem(404, "no stub for " + asked));
      if (answer.slow()) {
        released.await(30, TimeUnit.SECONDS);
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange
          .getResponseHeaders()
          .set(
              "Content-Type",
              answer.status() == 200 ? "application/json" : "application/problem+json");
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void close() {
    released.countDown();
    server.stop(0);
    pool.shutdownNow();
  }
}

package org.musicmuseum.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback HTTP server on a free port that stands in for a service: it answers each path and
 * query below its base with what the test set, records every request, and can go down and come back
 * on the same port. Without an answer of its own a request gets {@link #answerAll}'s, and without
 * that a 404 problem.
 */
public final class StubServer implements AutoCloseable {

  /** The longest a held-back answer waits for {@link #close()}. */
  private static final long HOLD_SECONDS = 30;

  private final String base;
  private final Map<String, StubAnswer> answers = new ConcurrentHashMap<>();
  private final List<StubRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger seen = new AtomicInteger();
  private final CountDownLatch released = new CountDownLatch(1);
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final int port;
  private final Object lock = new Object();
  private volatile Function<StubRequest, StubAnswer> otherwise =
      request -> StubAnswer.problem(404, "no stub for " + request.pathAndQuery());
  private HttpServer server;

  private StubServer(String base) {
    this.base = base;
    server = bind(0);
    port = server.getAddress().getPort();
  }

  /** A stub serving every path. */
  public static StubServer start() {
    return new StubServer("");
  }

  /** A stub serving below {@code base}, e.g. {@code /processing}. */
  public static StubServer below(String base) {
    return new StubServer(base);
  }

  public int port() {
    return port;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:4711/processing}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port + base);
  }

  /** Answers {@code pathAndQuery} (below the base, e.g. {@code /stats}) with {@code answer}. */
  public StubServer answer(String pathAndQuery, StubAnswer answer) {
    answers.put(pathAndQuery, answer);
    return this;
  }

  /** Answers every request without an answer of its own with {@code answer}. */
  public StubServer answerAll(StubAnswer answer) {
    return answerAll(request -> answer);
  }

  /** Answers every request without an answer of its own as {@code responder} says. */
  public StubServer answerAll(Function<StubRequest, StubAnswer> responder) {
    otherwise = responder;
    return this;
  }

  /** The requests so far, in order. */
  public List<StubRequest> requests() {
    return List.copyOf(requests);
  }

  /** The paths and queries asked for so far, below the base, in order. */
  public List<String> paths() {
    return requests().stream().map(StubRequest::pathAndQuery).toList();
  }

  /** How many requests have been read, including those still being answered. */
  public int seen() {
    return seen.get();
  }

  /** Stops listening: connections are refused. */
  public void down() {
    synchronized (lock) {
      server.stop(0);
    }
  }

  /** Listens again on the same port. */
  public void up() {
    synchronized (lock) {
      server = bind(port);
    }
  }

  private HttpServer bind(int onPort) {
    HttpServer created;
    try {
      created =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on port " + onPort, e);
    }
    created.createContext(base.isEmpty() ? "/" : base, this::handle);
    created.setExecutor(pool);
    created.start();
    return created;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      StubRequest request = read(exchange);
      requests.add(request);
      StubAnswer answer =
          Optional.ofNullable(answers.get(request.pathAndQuery()))
              .orElseGet(() -> otherwise.apply(request));
      if (answer.held() && !released.await(HOLD_SECONDS, TimeUnit.SECONDS)) {
        return; // never released: the exchange closes without an answer
      }
      write(exchange, answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private StubRequest read(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String pathAndQuery =
        uri.getRawPath().substring(base.length())
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    return new StubRequest(
        seen.incrementAndGet(),
        exchange.getRequestMethod(),
        pathAndQuery,
        exchange.getRequestHeaders(),
        body);
  }

  private static void write(HttpExchange exchange, StubAnswer answer) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    // -1: no body at all (HttpServer's way to say so); 0 would mean a chunked body.
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Releases held-back answers and stops the server. */
  @Override
  public void close() {
    released.countDown();
    synchronized (lock) {
      server.stop(0);
    }
    pool.shutdownNow();
  }
}

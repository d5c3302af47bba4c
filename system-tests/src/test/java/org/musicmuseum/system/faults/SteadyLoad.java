package org.musicmuseum.system.faults;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A client that keeps posting single events at a steady rate while a test breaks things, and
 * behaves as the API asks: every event carries an Idempotency-Key, and an event that got no 201 (a
 * 503, a timeout, a refused connection) is sent again with the same key until it gets one. One
 * event in twenty is invalid on purpose and must get a 400, never a retry. Everything is written
 * down in a {@link LoadLedger}.
 */
public final class SteadyLoad implements AutoCloseable {

  private static final int WORKERS = 4;

  private final Supplier<String> receiverUrl;
  private final List<String> headers;
  private final String run;
  private final long firstId;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private final Semaphore tokens = new Semaphore(0);
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicBoolean sendingNew = new AtomicBoolean(true);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final ConcurrentLinkedQueue<LoadLedger.Sent> retries = new ConcurrentLinkedQueue<>();
  private final LoadLedger ledger = new LoadLedger();

  private SteadyLoad(
      Supplier<String> receiverUrl, String run, long firstId, int perSecond, List<String> headers) {
    this.receiverUrl = receiverUrl;
    this.headers = List.copyOf(headers);
    this.run = run;
    this.firstId = firstId;
    long periodMicros = 1_000_000L / perSecond;
    ticker.scheduleAtFixedRate(
        () -> {
          if (tokens.availablePermits() < perSecond) {
            tokens.release();
          }
        },
        0,
        periodMicros,
        TimeUnit.MICROSECONDS);
  }

  /**
   * Starts posting {@code perSecond} events per second to the receiver at {@code receiverUrl} (e.g.
   * {@code http://127.0.0.1:9080/receiver}); ids of this run start at {@code firstId}.
   */
  public static SteadyLoad start(
      Supplier<String> receiverUrl, String run, long firstId, int perSecond) {
    return start(receiverUrl, run, firstId, perSecond, List.of());
  }

  /**
   * As {@link #start(Supplier, String, long, int)}, each request with {@code headers} (name, value,
   * ...).
   */
  public static SteadyLoad start(
      Supplier<String> receiverUrl, String run, long firstId, int perSecond, List<String> headers) {
    SteadyLoad load = new SteadyLoad(receiverUrl, run, firstId, perSecond, headers);
    for (int i = 0; i < WORKERS; i++) {
      Thread worker = new Thread(load::work, "steady-load-" + run + "-" + i);
      worker.setDaemon(true);
      load.workers.add(worker);
      worker.start();
    }
    return load;
  }

  /** Events the receiver accepted so far. */
  public int accepted() {
    return ledger.acceptedCount();
  }

  /** Waits until {@code more} events more than now have been accepted. */
  public void awaitMoreAccepted(int more, Duration patience) {
    int target = accepted() + more;
    await().atMost(patience).until(() -> accepted() >= target);
  }

  /**
   * Stops sending new events, waits until every event sent so far got its 201 or its 400 (retrying
   * the others), and hands over the ledger.
   */
  public LoadLedger finish(Duration patience) {
    sendingNew.set(false);
    await().atMost(patience).until(() -> ledger.settled() == sequence.get() && retries.isEmpty());
    close();
    return ledger;
  }

  private void work() {
    while (running.get()) {
      try {
        if (!tokens.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          continue;
        }
      } catch (InterruptedException e) {
        return;
      }
      LoadLedger.Sent event = retries.poll();
      if (event == null && sendingNew.get()) {
        event = next();
      }
      if (event != null) {
        send(event);
      }
    }
  }

  private LoadLedger.Sent next() {
    int n = sequence.incrementAndGet();
    long id = firstId + n;
    boolean album = n % 2 == 0;
    boolean invalid = n % 20 == 0;
    var payload = Json.createObjectBuilder();
    if (album) {
      payload
          .add("album_id", id)
          .add("album_name", "Fault album " + n)
          .add("artist_name", "Artist " + n % 7)
          .add("album_track_count", invalid ? 0 : 1 + n % 40);
    } else {
      payload
          .add("song_id", id)
          .add("song_name", "Fault song " + n)
          .add("artist_name", "Artist " + n % 5)
          .add("song_duration", invalid ? -1.0 : 30 + n % 600 + 0.25);
    }
    return new LoadLedger.Sent(
        album ? "new_album" : "new_single_song",
        id,
        run + "-" + n,
        invalid,
        payload.build().toString());
  }

  private void send(LoadLedger.Sent event) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(receiverUrl.get() + "/events/" + event.type()))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", event.key())
            .POST(HttpRequest.BodyPublishers.ofString(event.body()));
    if (!headers.isEmpty()) {
      builder.headers(headers.toArray(String[]::new));
    }
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 201) {
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        ledger.accepted(event, body.getString("trace_id"));
      } else if (status >= 400 && status < 500) {
        ledger.refused(event, status);
      } else {
        ledger.failedAttempt(status);
        retries.add(event);
      }
    } catch (IOException e) {
      ledger.failedAttempt(0);
      retries.add(event);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      retries.add(event);
    }
  }

  @Override
  public void close() {
    running.set(false);
    ticker.shutdownNow();
    for (Thread worker : workers) {
      try {
        worker.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

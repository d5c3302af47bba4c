package org.musicmuseum.console.client;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.musicmuseum.console.client.JsonFields.Malformed;
import org.musicmuseum.console.config.ConsoleSettings;

/**
 * Follows the dashboard server's live updates ({@code GET <dashboard>/api/updates}, server-sent
 * events) and tells an {@link UpdateListener}. A stream that fails, ends, or sends nothing for
 * three heartbeats is opened again after the refresh interval. Nothing blocks a thread meanwhile.
 */
public final class UpdateStream implements AutoCloseable {

  private static final int WATCHDOG_BEATS = 3;

  private final Supplier<ConsoleSettings> settings;
  private final UpdateListener listener;
  private final ScheduledExecutorService timer;
  private final HttpClient http;
  private Connection current;
  private boolean closed;

  public UpdateStream(
      Supplier<ConsoleSettings> settings, UpdateListener listener, ScheduledExecutorService timer) {
    this.settings = settings;
    this.listener = listener;
    this.timer = timer;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** Opens the stream (again, if it is open: after a change of settings). */
  public synchronized void start() {
    if (current != null) {
      current.cancel();
    }
    if (!closed) {
      current = new Connection();
      current.open();
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (current != null) {
      current.cancel();
    }
  }

  private synchronized void ended(Connection connection, String why) {
    if (connection != current || closed) {
      return;
    }
    current = null;
    listener.down(why);
    timer.schedule(this::start, settings.get().refresh().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One attempt: a request, its lines, the watchdog. */
  private final class Connection implements Flow.Subscriber<String> {

    private final SseLines lines = new SseLines(this::event);
    private volatile Flow.Subscription subscription;
    private volatile long lastEvent = System.nanoTime();
    private volatile Duration heartbeat = Duration.ofSeconds(5);
    private volatile boolean cancelled;

    void open() {
      URI uri = settings.get().dashboardUrl().resolve("api/updates");
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(settings.get().timeout())
              .header("Accept", "text/event-stream")
              .build();
      http.sendAsync(
              request,
              info ->
                  info.statusCode() == 200
                      ? BodySubscribers.fromLineSubscriber(this)
                      : BodySubscribers.replacing(null))
          .whenComplete(
              (response, error) -> {
                if (error != null) {
                  ended(
                      this,
                      "The live updates cannot be reached at " + uri + " (" + why(error) + ").");
                } else if (response.statusCode() != 200) {
                  ended(
                      this,
                      "The dashboard server answered "
                          + response.statusCode()
                          + " for "
                          + uri
                          + ".");
                }
              });
      timer.schedule(this::watch, 1, TimeUnit.SECONDS);
    }

    private void watch() {
      if (cancelled) {
        return;
      }
      long silent = System.nanoTime() - lastEvent;
      if (silent > heartbeat.multipliedBy(WATCHDOG_BEATS).toNanos()) {
        cancel();
        ended(this, "The live updates went silent.");
      } else {
        timer.schedule(this::watch, 1, TimeUnit.SECONDS);
      }
    }

    void cancel() {
      cancelled = true;
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (cancelled) {
        subscription.cancel();
      } else {
        subscription.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(String line) {
      if (!cancelled) {
        lines.line(line);
      }
    }

    @Override
    public void onError(Throwable error) {
      ended(this, "The live updates broke off (" + why(error) + ").");
    }

    @Override
    public void onComplete() {
      ended(this, "The dashboard server ended the live updates.");
    }

    private void event(String name, String data) {
      lastEvent = System.nanoTime();
      try (JsonReader reader = Json.createReader(new StringReader(data))) {
        JsonValue json = reader.readValue();
        switch (name) {
          case "feed" -> {
            var feed = JsonFields.object(json, "the feed");
            heartbeat = Duration.ofMillis(Math.max(250, JsonFields.whole(feed, "heartbeat_ms")));
            listener.feed(parseFeed(feed));
          }
          case "stats" -> listener.stats(Answers.stats(json));
          case "status" -> listener.status(Answers.health(json));
          default -> {
            // change events: the next status carries them
          }
        }
      } catch (JsonException | Malformed e) {
        // An update that cannot be read is skipped; the next one, or a poll, brings the figures.
      }
    }
  }

  /** A kind the feed does not mention (an older dashboard server) follows {@code live}. */
  private static Feed parseFeed(JsonObject feed) throws Malformed {
    boolean live = JsonFields.bool(feed, "live");
    JsonObject kinds =
        feed.get("kinds") instanceof JsonObject given ? given : JsonValue.EMPTY_JSON_OBJECT;
    return new Feed(live, kinds.getBoolean("stats", live), kinds.getBoolean("status", live));
  }

  private static String why(Throwable error) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}

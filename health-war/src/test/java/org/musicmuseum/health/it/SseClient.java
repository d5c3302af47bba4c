package org.musicmuseum.health.it;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.musicmuseum.testkit.Http;

/**
 * A minimal server-sent-events client on java.net.http ({@code BodyHandlers.ofLines}): collects
 * every event it receives until closed.
 */
final class SseClient implements AutoCloseable {

  /** One event: its name and its data (the data lines joined with newlines). */
  record Event(String name, String data) {
    JsonObject json() {
      return Http.json(data);
    }
  }

  private final HttpResponse<Stream<String>> response;
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private SseClient(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader = new Thread(this::read, "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects and returns once the server answered with its headers. */
  static SseClient connect(Http http, String url) {
    HttpRequest request = http.builder(url, "Accept", "text/event-stream").build();
    return new SseClient(http.send(request, HttpResponse.BodyHandlers.ofLines()));
  }

  HttpResponse<Stream<String>> response() {
    return response;
  }

  /** True once the server ended the stream (or it was closed here). */
  boolean ended() {
    return !reader.isAlive();
  }

  /** Every event received so far, in order. */
  List<Event> events() {
    return List.copyOf(events);
  }

  private void read() {
    StringBuilder data = new StringBuilder();
    String[] name = {"message"};
    try (Stream<String> lines = response.body()) {
      lines.forEach(
          line -> {
            if (line.isEmpty()) {
              if (data.length() > 0) {
                events.add(new Event(name[0], data.toString()));
              }
              data.setLength(0);
              name[0] = "message";
            } else if (line.startsWith("event:")) {
              name[0] = line.substring("event:".length()).trim();
            } else if (line.startsWith("data:")) {
              if (data.length() > 0) {
                data.append('\n');
              }
              data.append(line.substring("data:".length()).stripLeading());
            }
          });
    } catch (UncheckedIOException e) {
      // the stream was closed
    }
  }

  @Override
  public void close() {
    response.body().close();
  }
}

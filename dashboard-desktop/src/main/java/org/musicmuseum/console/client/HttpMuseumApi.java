package org.musicmuseum.console.client;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.musicmuseum.console.client.JsonFields.Malformed;
import org.musicmuseum.console.client.ServiceException.Kind;
import org.musicmuseum.console.config.ConsoleSettings;
import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.console.model.EventTrace;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.PipelineReport;
import org.musicmuseum.console.model.Stats;

/** {@link MuseumApi} over HTTP/1.1, with the base URLs and timeout of the current settings. */
public final class HttpMuseumApi implements MuseumApi {

  private final Supplier<ConsoleSettings> settings;
  private final HttpClient http;

  public HttpMuseumApi(Supplier<ConsoleSettings> settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.get().timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public Stats stats() throws ServiceException {
    URI uri = settings.get().processingUrl().resolve("stats");
    return read("processing", uri, Answers::stats);
  }

  @Override
  public HealthReport health() throws ServiceException {
    URI uri = settings.get().healthUrl().resolve("status");
    return read("health", uri, Answers::health);
  }

  @Override
  public AuditCounts auditCounts() throws ServiceException {
    URI uri = settings.get().auditUrl().resolve("counts");
    return read("audit", uri, Answers::counts);
  }

  @Override
  public AuditEntry auditEntry(AuditType type, long index) throws ServiceException {
    URI uri = settings.get().auditUrl().resolve(type.path() + "?index=" + index);
    return read("audit", uri, json -> Answers.entry(json, type, index));
  }

  @Override
  public PipelineReport pipeline() throws ServiceException {
    URI uri = settings.get().healthUrl().resolve("pipeline");
    return read("health", uri, PipelineAnswers::pipeline);
  }

  @Override
  public EventTrace trace(String traceId) throws ServiceException {
    String segment = URLEncoder.encode(traceId, StandardCharsets.UTF_8).replace("+", "%20");
    URI uri = settings.get().auditUrl().resolve("trace/" + segment);
    return read("audit", uri, TraceAnswers::trace);
  }

  private interface Reader<T> {
    T read(JsonValue json) throws Malformed;
  }

  private <T> T read(String service, URI uri, Reader<T> reader) throws ServiceException {
    Duration timeout = settings.get().timeout();
    HttpResponse<String> response = get(service, uri, timeout);
    if (response.statusCode() != 200) {
      String detail = Problems.detail(response.body());
      throw new ServiceException(
          Kind.ERROR_STATUS,
          response.statusCode(),
          "The "
              + service
              + " service answered "
              + response.statusCode()
              + (detail.isEmpty() ? "." : ": " + detail),
          detail);
    }
    try (JsonReader json = Json.createReader(new StringReader(response.body()))) {
      return reader.read(json.readValue());
    } catch (JsonException | Malformed | ArithmeticException e) {
      throw new ServiceException(
          Kind.MALFORMED,
          0,
          "The " + service + " service sent an answer that could not be read (" + why(e) + ").");
    }
  }

  private HttpResponse<String> get(String service, URI uri, Duration timeout)
      throws ServiceException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new ServiceException(
          Kind.TIMEOUT,
          0,
          "The "
              + service
              + " service cannot be reached (no answer within "
              + secs(timeout)
              + ").");
    } catch (ConnectException e) {
      throw unreachable(service, "no connection to " + uri.getAuthority());
    } catch (IOException e) {
      throw unreachable(service, e.getMessage() == null ? "connection lost" : e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(service, "interrupted");
    }
  }

  private static ServiceException unreachable(String service, String why) {
    return new ServiceException(
        Kind.UNREACHABLE, 0, "The " + service + " service cannot be reached (" + why + ").");
  }

  private static String why(Exception e) {
    return e instanceof Malformed ? e.getMessage() : "not valid JSON";
  }

  static String secs(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}

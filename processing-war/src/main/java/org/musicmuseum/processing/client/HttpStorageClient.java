package org.musicmuseum.processing.client;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.musicmuseum.events.Positions;
import org.musicmuseum.kit.http.ServiceClients;
import org.musicmuseum.processing.domain.AlbumRow;
import org.musicmuseum.processing.domain.EventPage;
import org.musicmuseum.processing.domain.SingleRow;
import org.musicmuseum.processing.domain.StoredRow;
import org.musicmuseum.processing.domain.WirePages.AlbumPage;
import org.musicmuseum.processing.domain.WirePages.SinglePage;
import org.musicmuseum.processing.domain.WirePages.WirePage;

/**
 * {@link StorageClient} over HTTP: {@code GET <base>/events/<type>?order=offset&limit=…&cursor=…}
 * with short timeouts, so a hung storage fails a run instead of stalling it. The requests are sent
 * asynchronously; the page is read on the thread that waits for it.
 */
public final class HttpStorageClient implements StorageClient, AutoCloseable {

  private final String baseUrl;
  private final Duration requestTimeout;
  private final HttpClient http;
  private final Jsonb jsonb = JsonbBuilder.create();

  /**
   * @param baseUrl storage's base URL with its context root ({@code storage.url})
   */
  public HttpStorageClient(String baseUrl, Duration connectTimeout, Duration requestTimeout) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.requestTimeout = requestTimeout;
    this.http = ServiceClients.client(connectTimeout);
  }

  @Override
  public PendingPage<AlbumRow> albums(Positions after, int limit) {
    return ask("new_album", after, limit, AlbumPage.class);
  }

  @Override
  public PendingPage<SingleRow> singles(Positions after, int limit) {
    return ask("new_single_song", after, limit, SinglePage.class);
  }

  private <T extends StoredRow> PendingPage<T> ask(
      String type, Positions after, int limit, Class<? extends WirePage<T>> pageType) {
    URI uri = uri(type, after, limit);
    CompletableFuture<HttpResponse<String>> response = send(uri);
    return () -> {
      WirePage<T> page = read(uri, response, pageType);
      return checked(page.events(), page.nextCursor());
    };
  }

  private URI uri(String type, Positions after, int limit) {
    return URI.create(
        baseUrl
            + "/events/"
            + type
            + "?order=offset&limit="
            + limit
            + "&cursor="
            + URLEncoder.encode(after.text(), StandardCharsets.UTF_8));
  }

  private CompletableFuture<HttpResponse<String>> send(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> received(
      URI uri, CompletableFuture<HttpResponse<String>> response)
      throws IOException, InterruptedException {
    try {
      return response.get();
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("GET " + uri + " failed", e.getCause());
    }
  }

  private <P> P read(URI uri, CompletableFuture<HttpResponse<String>> pending, Class<P> pageType)
      throws IOException, InterruptedException {
    HttpResponse<String> response = received(uri, pending);
    if (response.statusCode() != 200) {
      throw new IOException("storage answered " + response.statusCode() + " to GET " + uri);
    }
    try {
      P page = jsonb.fromJson(response.body(), pageType);
      if (page == null) {
        throw new IOException("storage answered an empty page to GET " + uri);
      }
      return page;
    } catch (JsonbException e) {
      throw new IOException("storage answered an unreadable page to GET " + uri, e);
    }
  }

  private static <T extends StoredRow> EventPage<T> checked(List<T> events, String nextCursor)
      throws IOException {
    if (events == null) {
      throw new IOException("storage answered a page without events");
    }
    for (T row : events) {
      if (row == null || row.artistName() == null || row.dateCreated() == null) {
        throw new IOException("storage answered a row without artist_name or date_created");
      }
    }
    return new EventPage<>(events, nextCursor != null);
  }

  @Override
  public void close() throws Exception {
    jsonb.close();
  }
}

package org.musicmuseum.health.probe;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.musicmuseum.health.domain.CheckResult;
import org.musicmuseum.health.domain.WatchedService;
import org.musicmuseum.kit.http.ServiceClients;

/**
 * {@code GET <server>/health/ready} with java.net.http, asynchronously, bounded by one timeout for
 * connecting and one for the answer (plus a small grace period as a backstop for a stalled body).
 * The client runs on its own threads, not on the server's managed executor: that one refuses work
 * while the server stops, which would read as every service being Down.
 */
public final class HttpReadinessProbe implements ReadinessProbe {

  private static final Duration GRACE = Duration.ofMillis(500);

  private final HttpClient client;
  private final Duration timeout;
  private final ReadinessClassifier classifier = new ReadinessClassifier();

  /**
   * @param timeout the connect timeout and the request timeout
   */
  public HttpReadinessProbe(Duration timeout) {
    this.timeout = timeout;
    this.client = ServiceClients.client(timeout);
  }

  @Override
  public CompletableFuture<CheckResult> check(WatchedService service) {
    HttpRequest request =
        HttpRequest.newBuilder(service.readinessUri())
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      return client
          .sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .orTimeout(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)
          .handle(
              (response, error) ->
                  error == null
                      ? classifier.classify(response.statusCode(), response.body())
                      : classifier.classifyFailure(error, timeout));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(classifier.classifyFailure(e, timeout));
    }
  }
}

package org.musicmuseum.health.probe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.musicmuseum.kit.http.ServiceClients;
import org.musicmuseum.kit.metrics.PrometheusText;

/**
 * {@code GET <server>/metrics} with java.net.http, asynchronously, bounded like {@link
 * HttpReadinessProbe} (a connect timeout, a request timeout and a small grace period). An answer
 * other than 200, or one that is not Prometheus text, fails the scrape.
 */
public final class MetricsClient {

  private static final Duration GRACE = Duration.ofMillis(500);

  private final HttpClient client;
  private final Duration timeout;

  /**
   * @param timeout the connect timeout and the request timeout
   */
  public MetricsClient(Duration timeout) {
    this.timeout = timeout;
    this.client = ServiceClients.client(timeout);
  }

  /** The scrape, or a failure whose {@link #describe} says why. */
  public CompletableFuture<PrometheusText> scrape(URI metrics) {
    HttpRequest request =
        HttpRequest.newBuilder(metrics)
            .timeout(timeout)
            .header("Accept", "text/plain")
            .GET()
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .orTimeout(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)
        .thenApply(MetricsClient::parse);
  }

  /** Why a scrape failed, in a few words. */
  public String describe(Throwable failure) {
    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
    return cause instanceof NotMetrics answer
        ? answer.getMessage()
        : FailureText.of(failure, timeout);
  }

  private static PrometheusText parse(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new NotMetrics("HTTP " + response.statusCode());
    }
    try {
      return PrometheusText.parse(response.body());
    } catch (IllegalArgumentException e) {
      throw new NotMetrics("not Prometheus text: " + e.getMessage());
    }
  }

  /** An answer that is no scrape. */
  private static final class NotMetrics extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotMetrics(String message) {
      super(message, null, false, false);
    }
  }
}

package org.musicmuseum.system.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.musicmuseum.testkit.Http;

/**
 * The production gateway's own limits (deploy/nginx.conf): bodies over client_max_body_size get a
 * 413 problem, a burst of submissions over limit_req a 429 problem with Retry-After, and neither
 * reaches a service.
 */
public final class GatewayLimits {

  private static final String INVALID_ALBUM = "{}";

  private final String gateway;
  private final Http http = Http.http11(Duration.ofSeconds(30));

  public GatewayLimits(String gatewayUrl) {
    this.gateway = gatewayUrl;
  }

  /** POSTs {@code bytes} bytes to {@code path}; returns the answer. */
  public HttpResponse<String> postBytes(String path, int bytes) {
    return post(path, "a".repeat(bytes));
  }

  /**
   * Sends {@code count} invalid submissions at {@code perSecond} a second, each without waiting for
   * the answers before it (an open loop, as a flood of clients is: how fast the receiver answers
   * does not slow the arrivals), and returns how many got each status. Each is refused (400 by the
   * receiver, 429 by the gateway), so nothing is enqueued.
   */
  public Map<Integer, Integer> flood(int count, int perSecond) throws Exception {
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    long start = System.nanoTime();
    long interval = 1_000_000_000L / perSecond;
    for (int i = 0; i < count; i++) {
      // pacing the sends, not waiting for an outcome
      LockSupport.parkNanos(start + i * interval - System.nanoTime());
      answers.add(http.postAsync(gateway + "/receiver/events/new_album", Http.JSON, INVALID_ALBUM));
    }
    Map<Integer, Integer> byStatus = new TreeMap<>();
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get();
      byStatus.merge(response.statusCode(), 1, Integer::sum);
      if (response.statusCode() == 429) {
        assertProblem(response, 429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
      }
    }
    return byStatus;
  }

  /** Waits until the limiter lets a submission through again (the receiver answers it). */
  public void awaitDrained() {
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> post("/receiver/events/new_album", INVALID_ALBUM).statusCode() == 400);
  }

  public static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(Http.PROBLEM_JSON));
    assertThat(response.body()).contains("\"status\":" + status);
  }

  private HttpResponse<String> post(String path, String body) {
    return http.post(gateway + path, Http.JSON, body);
  }
}

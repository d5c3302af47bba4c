package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.musicmuseum.testkit.Http.JSON;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.PrometheusText;
import org.musicmuseum.testkit.Samples;
import org.musicmuseum.testkit.TestStack;

/**
 * Every service's {@code /metrics} on the pipeline's stack: the receiver's and storage's counters
 * grow by exactly what this check posted. Run by {@link PipelineSystemIT}; it waits for storage to
 * be idle first, so what other checks sent is not counted here.
 */
abstract class MetricsChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final List<String> SERVICES =
      List.of("receiver", "storage", "processing", "audit", "health");
  private static final String ACCEPTED = MetricNames.RECEIVER_ACCEPTED + MetricNames.COUNTER;
  private static final String REFUSED = MetricNames.RECEIVER_REFUSED + MetricNames.COUNTER;
  private static final String STORED = MetricNames.STORAGE_STORED + MetricNames.COUNTER;
  private static final int ALBUMS = 7;
  private static final int SINGLES = 5;
  private static final int INVALID = 3;
  private static final int TOO_LARGE = 2;

  private final TestStack museum;

  protected MetricsChecks(TestStack museum) {
    this.museum = museum;
  }

  private double stored(PrometheusText storage) {
    return storage.sum(STORED, Map.of());
  }

  /** Storage's stored counter once two scrapes a second apart agree. */
  private double storedWhenIdle() {
    AtomicReference<Double> last = new AtomicReference<>(-1.0);
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                last.getAndSet(stored(museum.metrics("storage")))
                    == stored(museum.metrics("storage")));
    return last.get();
  }

  private void post(String type, String body, int status, int times) {
    for (int i = 0; i < times; i++) {
      HttpResponse<String> response = museum.post("receiver", "/events/" + type, JSON, body);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }
  }

  private static double delta(
      PrometheusText after, PrometheusText before, String name, Map<String, String> labels) {
    return after.sum(name, labels) - before.sum(name, labels);
  }

  @Test
  void everyServiceServesPrometheusTextWithTheJvmMetrics() {
    for (String service : SERVICES) {
      HttpResponse<String> response = museum.getServer(service, "/metrics");
      assertThat(response.statusCode()).as(service).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(service)
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      assertThat(PrometheusText.parse(response.body()).has("memory_usedHeap_bytes"))
          .as(service)
          .isTrue();
    }
  }

  @Test
  void acceptedRefusedAndStoredGrowByExactlyWhatWasPosted() {
    double storedBefore = storedWhenIdle();
    PrometheusText receiverBefore = museum.metrics("receiver");

    post("new_album", Samples.ALBUM, 201, ALBUMS);
    post("new_single_song", Samples.SINGLE, 201, SINGLES);
    post("new_album", "{\"album_id\": \"seven\"}", 400, INVALID);
    post("new_single_song", "x".repeat(70_000), 413, TOO_LARGE);

    PrometheusText receiver = museum.metrics("receiver");
    assertThat(delta(receiver, receiverBefore, ACCEPTED, Map.of("type", "new_album")))
        .isEqualTo(ALBUMS);
    assertThat(delta(receiver, receiverBefore, ACCEPTED, Map.of("type", "new_single_song")))
        .isEqualTo(SINGLES);
    assertThat(
            delta(
                receiver,
                receiverBefore,
                REFUSED,
                Map.of("type", "new_album", "reason", "invalid")))
        .isEqualTo(INVALID);
    assertThat(
            delta(
                receiver,
                receiverBefore,
                REFUSED,
                Map.of("type", "new_single_song", "reason", "too_large")))
        .isEqualTo(TOO_LARGE);
    assertThat(delta(receiver, receiverBefore, REFUSED, Map.of())).isEqualTo(INVALID + TOO_LARGE);

    double expected = storedBefore + ALBUMS + SINGLES;
    await().atMost(PATIENCE).until(() -> stored(museum.metrics("storage")) >= expected);
    assertThat(storedWhenIdle()).isEqualTo(expected);
  }
}

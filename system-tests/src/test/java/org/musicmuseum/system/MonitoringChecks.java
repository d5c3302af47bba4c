package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.system.monitoring.Prometheus;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/**
 * Storage's consumer lag as an operator watches it: a real Prometheus scrapes every service of the
 * stack and evaluates the deployed alert rules (deploy/prometheus/alerts.yml, every {@code for:}
 * shortened to {@value #ALERT_FOR}); storage is paused (SIGSTOP) while events are posted. Run by
 * {@link PipelineSystemIT} on its stack; storage is resumed before the check ends.
 */
abstract class MonitoringChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(180);
  private static final String ALERT_FOR = "3s";
  private static final String LAG_ALERT = "MuseumStorageLagHigh";

  /** Two batches of albums and singles: over the 1000 events of the lag alert's threshold. */
  private static final int EACH_TYPE_PER_BATCH = 300;

  private static final int POSTED = 4 * EACH_TYPE_PER_BATCH;

  private final TestStack museum;
  private final Http http = new Http(Duration.ofSeconds(10));

  protected MonitoringChecks(TestStack museum) {
    this.museum = museum;
  }

  @Test
  void theLagGaugeCountsWhatAPausedStorageHasNotStoredAndTheLagAlertFires() throws Exception {
    try (Prometheus prometheus =
        Prometheus.start(
            TestStack.root(),
            museum.workDir().resolve("prometheus"),
            targets(),
            ALERT_FOR,
            PATIENCE)) {
      await("storage caught up").atMost(PATIENCE).until(() -> lag(prometheus) == 0);
      museum.stack().pause("storage");
      try {
        EventPoster poster = new EventPoster(museum);
        poster.post(EACH_TYPE_PER_BATCH, EACH_TYPE_PER_BATCH);
        poster.post(EACH_TYPE_PER_BATCH, EACH_TYPE_PER_BATCH);

        await("lag = posted").atMost(PATIENCE).until(() -> lag(prometheus) == POSTED);
        assertThat(query(prometheus, "max(museum_consumer_lag_read_age_seconds)"))
            .as("the lag is fresh while storage is paused")
            .isBetween(0.0, 5.0);
        await("lag alert firing")
            .atMost(PATIENCE)
            .until(() -> alertState(prometheus, LAG_ALERT).equals("firing"));
      } finally {
        museum.stack().resume("storage");
      }
      await("lag back to 0").atMost(PATIENCE).until(() -> lag(prometheus) == 0);
      await("lag alert resolved")
          .atMost(PATIENCE)
          .until(() -> alertState(prometheus, LAG_ALERT).equals("inactive"));
      assertThat(lag(prometheus)).isZero();
    }
  }

  /** Job name to {@code localhost:port} of every service of the stack. */
  private Map<String, String> targets() {
    Map<String, String> targets = new LinkedHashMap<>();
    for (ServiceSpec service : museum.stack().services()) {
      targets.put(service.name(), "localhost:" + museum.stack().port(service.name()));
    }
    return targets;
  }

  /**
   * {@code sum(museum_consumer_lag)} as Prometheus scraped it from the health service; -1 while
   * there is none.
   */
  private long lag(Prometheus prometheus) {
    return Math.round(query(prometheus, "sum(museum_consumer_lag)"));
  }

  /** The first value of an instant query; -1 when it has none. */
  private double query(Prometheus prometheus, String promql) {
    JsonArray result =
        Http.json(
                http.get(
                    prometheus.url()
                        + "/api/v1/query?query="
                        + URLEncoder.encode(promql, StandardCharsets.UTF_8)))
            .getJsonObject("data")
            .getJsonArray("result");
    return result.isEmpty()
        ? -1
        : Double.parseDouble(result.getJsonObject(0).getJsonArray("value").getString(1));
  }

  /** {@code firing}, {@code pending} or {@code inactive} (Prometheus lists only active alerts). */
  private String alertState(Prometheus prometheus, String name) {
    return Http.json(http.get(prometheus.url() + "/api/v1/alerts"))
        .getJsonObject("data")
        .getJsonArray("alerts")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> name.equals(a.getJsonObject("labels").getString("alertname")))
        .map(a -> a.getString("state"))
        .findFirst()
        .orElse("inactive");
  }
}

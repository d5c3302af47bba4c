package org.musicmuseum.health.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.musicmuseum.health.domain.CheckResult;
import org.musicmuseum.health.domain.Status;

class ReadinessClassifierTest {

  private static final Duration TIMEOUT = Duration.ofMillis(2000);

  /** What Open Liberty's MicroProfile Health 4.0 answers when a readiness check is DOWN. */
  private static final String LIBERTY_DOWN =
      "{\"checks\":[{\"data\":{\"migrated\":true,\"error\":\"Connection refused\"},"
          + "\"name\":\"database\",\"status\":\"DOWN\"},"
          + "{\"data\":{\"stored\":12},\"name\":\"kafka-consumer\",\"status\":\"UP\"},"
          + "{\"name\":\"kafka\",\"status\":\"DOWN\"}],\"status\":\"DOWN\"}";

  private final ReadinessClassifier classifier = new ReadinessClassifier();

  @Test
  void readyIsRunning() {
    assertThat(classifier.classify(200, "{\"checks\":[],\"status\":\"UP\"}"))
        .isEqualTo(CheckResult.running("ready"));
    assertThat(classifier.classify(200, "").status()).isEqualTo(Status.RUNNING);
  }

  @Test
  void a503WithAHealthReportIsDegradedAndNamesTheChecksThatAreDown() {
    assertThat(classifier.classify(503, LIBERTY_DOWN))
        .isEqualTo(CheckResult.degraded("not ready: database, kafka"));
  }

  @Test
  void a503HealthReportWithoutChecksIsDegradedToo() {
    // Liberty answers this while the application is still starting.
    assertThat(classifier.classify(503, "{\"checks\":[],\"status\":\"DOWN\"}"))
        .isEqualTo(CheckResult.degraded("not ready"));
  }

  @Test
  void a503WithoutAHealthReportIsDown() {
    for (String body :
        new String[] {
          "",
          "<html>Service Unavailable</html>",
          "{\"status\":\"DOWN\"}",
          "{\"status\":\"UP\",\"checks\":[]}",
          "{\"status\":\"DOWN\",\"checks\":{}}",
          "[1,2]"
        }) {
      assertThat(classifier.classify(503, body))
          .as(body)
          .isEqualTo(CheckResult.down("HTTP 503 without a health report"));
    }
  }

  @Test
  void anyOtherAnswerIsDown() {
    assertThat(classifier.classify(404, "Not Found")).isEqualTo(CheckResult.down("HTTP 404"));
    assertThat(classifier.classify(500, LIBERTY_DOWN)).isEqualTo(CheckResult.down("HTTP 500"));
    assertThat(classifier.classify(302, "")).isEqualTo(CheckResult.down("HTTP 302"));
  }

  @Test
  void timeoutsAreDown() {
    assertThat(classifier.classifyFailure(new HttpConnectTimeoutException("x"), TIMEOUT))
        .isEqualTo(CheckResult.down("no connection within 2000 ms"));
    assertThat(classifier.classifyFailure(new HttpTimeoutException("x"), TIMEOUT))
        .isEqualTo(CheckResult.down("no answer within 2000 ms"));
    assertThat(classifier.classifyFailure(new CompletionException(new TimeoutException()), TIMEOUT))
        .isEqualTo(CheckResult.down("no answer within 2000 ms"));
  }

  @Test
  void noAnswerIsDown() {
    assertThat(
            classifier.classifyFailure(
                new CompletionException(new ConnectException(null)), TIMEOUT))
        .isEqualTo(CheckResult.down("connection refused"));
    assertThat(classifier.classifyFailure(new IOException("connection reset"), TIMEOUT))
        .isEqualTo(CheckResult.down("IOException: connection reset"));
    assertThat(classifier.classifyFailure(new CompletionException(null), TIMEOUT))
        .isEqualTo(CheckResult.down("CompletionException"));
  }

  @Test
  void aLongDetailIsShortened() {
    assertThat(classifier.classifyFailure(new IOException("x".repeat(1000)), TIMEOUT).detail())
        .hasSize(200)
        .endsWith("…");
  }
}

package org.musicmuseum.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.musicmuseum.console.client.AnswersTest.json;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.JsonFields.Malformed;
import org.musicmuseum.console.model.PipelineReport;
import org.musicmuseum.console.model.PipelineReport.Reading;

class PipelineAnswersTest {

  private static final Instant AT = Instant.parse("2026-12-05T22:01:02.345Z");
  private static final Instant CHANGED = Instant.parse("2026-12-05T21:59:00Z");

  private static final String FULL =
      """
      {"ingest": {"accepted_total": 1234, "per_second": 12.5, "window_seconds": 10,
                  "at": "2026-12-05T22:01:02.345Z", "error": null},
       "storage_lag": {"events": 7, "group": "storage", "partitions": 3,
                       "at": "2026-12-05T22:01:02.345Z", "error": null},
       "freshness": {"seconds": 1.8, "at": "2026-12-05T22:01:02.345Z", "error": null},
       "quarantined": {"count": 2, "changed_at": "2026-12-05T21:59:00Z",
                       "at": "2026-12-05T22:01:02.345Z", "error": null},
       "skipped": {"count": 0, "changed_at": null, "at": "2026-12-05T22:01:02.345Z",
                   "error": "audit /metrics: connection refused"}}
      """;

  private static final String BEFORE_ANY_READ =
      """
      {"ingest": {"accepted_total": null, "per_second": null, "window_seconds": 10, "at": null,
                  "error": "receiver /metrics: connection refused"},
       "storage_lag": {"events": null, "group": "storage", "partitions": null, "at": null,
                       "error": null},
       "freshness": {"seconds": null, "at": null, "error": null},
       "quarantined": {"count": null, "changed_at": null, "at": null, "error": null},
       "skipped": {"count": null, "changed_at": null, "at": null, "error": null}}
      """;

  @Test
  void everyItemIsReadWithItsTimes() throws Malformed {
    PipelineReport report = PipelineAnswers.pipeline(json(FULL));

    assertThat(report.ingest().acceptedTotal()).contains(1234L);
    assertThat(report.ingest().perSecond()).contains(12.5);
    assertThat(report.ingest().windowSeconds()).contains(10L);
    assertThat(report.ingest().reading()).isEqualTo(new Reading(Optional.of(AT), Optional.empty()));
    assertThat(report.storageLag().events()).contains(7L);
    assertThat(report.storageLag().group()).contains("storage");
    assertThat(report.storageLag().partitions()).contains(3);
    assertThat(report.freshness().seconds()).contains(1.8);
    assertThat(report.quarantined().count()).contains(2L);
    assertThat(report.quarantined().changedAt()).contains(CHANGED);
    assertThat(report.skipped().changedAt()).isEmpty();
    assertThat(report.skipped().reading().error()).contains("audit /metrics: connection refused");
    assertThat(report.skipped().reading().stale()).isTrue();
  }

  @Test
  void beforeTheFirstGoodReadTheValuesAreEmpty() throws Malformed {
    PipelineReport report = PipelineAnswers.pipeline(json(BEFORE_ANY_READ));

    assertThat(report.ingest().acceptedTotal()).isEmpty();
    assertThat(report.ingest().perSecond()).isEmpty();
    assertThat(report.ingest().reading().at()).isEmpty();
    assertThat(report.ingest().reading().error()).contains("receiver /metrics: connection refused");
    assertThat(report.storageLag().events()).isEmpty();
    assertThat(report.freshness().seconds()).isEmpty();
    assertThat(report.quarantined().reading().stale()).isFalse();
  }

  @Test
  void aMissingItemIsMalformed() {
    assertThatThrownBy(
            () -> PipelineAnswers.pipeline(json(FULL.replace("\"freshness\"", "\"fresh\""))))
        .isInstanceOf(Malformed.class)
        .hasMessage("'freshness' is not a JSON object");
  }

  @Test
  void aCountThatIsNoNumberIsMalformed() {
    assertThatThrownBy(
            () -> PipelineAnswers.pipeline(json(FULL.replace("\"count\": 2", "\"count\": \"2\""))))
        .isInstanceOf(Malformed.class)
        .hasMessage("'count' is missing or not a number");
  }
}

package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.system.browser.DashboardPage;
import org.musicmuseum.system.browser.DashboardPage.Viewport;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.Samples;
import org.musicmuseum.testkit.TestStack;

/**
 * The browser dashboard's Pipeline panel and Find-an-event box over the whole running stack: the
 * lag of a paused storage as health reads it from Kafka, and an event that Kafka holds but storage
 * has not stored yet, followed to counted once storage is back. Run by {@code ViewsSystemIT}.
 */
abstract class DashboardPipelineChecks {

  private final DashboardStack dashboard;
  private final TestStack museum;
  private final DashboardPage page;

  protected DashboardPipelineChecks(DashboardStack dashboard) {
    this.dashboard = dashboard;
    this.museum = dashboard.museum;
    this.page = dashboard.page;
  }

  @Test
  void aPausedStorageShowsAsLagAndItsWaitingEventIsFoundInKafkaThenCounted() {
    page.open();
    String traceId;
    try (PausedStorage paused = PausedStorage.whenCaughtUp(museum, dashboard.poster)) {
      paused.post(7, 5);
      traceId = postAlbum();
      String behind = Long.toString(paused.posted() + 1);
      DashboardStack.patiently()
          .untilAsserted(
              () -> {
                assertThat(page.value("pipeline-lag")).isEqualTo(behind);
                assertThat(page.pipelineItemState("pipeline-lag")).isEqualTo("ok");
              });

      page.findEvent(traceId);
      DashboardStack.patiently()
          .untilAsserted(
              () -> {
                assertThat(page.traceShown()).isEqualTo(traceId);
                assertThat(page.traceState()).isEqualTo("in_kafka");
                assertThat(page.traceStepReached("kafka")).isTrue();
                assertThat(page.traceStepReached("stored")).isFalse();
              });
      dashboard.screenshot("dashboard-pipeline-paused", Viewport.DESKTOP, true);
    }

    DashboardStack.patiently()
        .untilAsserted(
            () -> {
              assertThat(page.value("pipeline-lag")).isEqualTo("0");
              assertThat(page.traceState()).as("asked again until counted").isEqualTo("counted");
              assertThat(page.traceStepReached("stored")).isTrue();
              assertThat(page.traceStepReached("counted")).isTrue();
            });
    dashboard.screenshot("dashboard-find-event", Viewport.DESKTOP, true);
  }

  @Test
  void anUnknownIdIsNotFoundAndAMalformedOneIsRefused() {
    page.open();
    page.findEvent(TraceIds.random());
    DashboardStack.patiently()
        .untilAsserted(
            () -> {
              assertThat(page.traceMessageKind()).isEqualTo("not-found");
              assertThat(page.traceShown()).isEmpty();
            });

    page.findEvent("not-a-trace-id");
    DashboardStack.patiently()
        .untilAsserted(() -> assertThat(page.traceMessageKind()).isEqualTo("invalid"));
    assertThat(page.text("trace-message")).isNotBlank();
  }

  private String postAlbum() {
    return Http.jsonOf(museum.post("receiver", "/events/new_album", Http.JSON, Samples.ALBUM), 201)
        .getString("trace_id");
  }
}

package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.system.browser.DashboardPage;
import org.musicmuseum.system.browser.DashboardPage.Viewport;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/**
 * The browser dashboard over the whole running stack, in a real (headless) Chromium. Run by {@code
 * ViewsSystemIT} on its stack.
 */
abstract class DashboardChecks {

  private static final List<String> SERVICES =
      List.of("receiver", "storage", "processing", "audit");

  private final DashboardStack dashboard;
  private final LocalStack stack;
  private final TestStack museum;
  private final EventPoster poster;
  private final DashboardPage page;
  private final DashboardExpectations expect;

  protected DashboardChecks(DashboardStack dashboard) {
    this.dashboard = dashboard;
    this.stack = dashboard.museum.stack();
    this.museum = dashboard.museum;
    this.poster = dashboard.poster;
    this.page = dashboard.page;
    this.expect = dashboard.expect;
  }

  @Test
  void afterPostingEventsThePageShowsTheNumbersOfProcessingStats() {
    page.open();
    poster.post(120, 80);

    DashboardStack.patiently().untilAsserted(expect::pageShowsTheStats);

    DashboardStack.patiently()
        .untilAsserted(
            () -> {
              SERVICES.forEach(s -> assertThat(page.serviceStatus(s)).isEqualTo("Running"));
              assertThat(page.auditShownIndex()).isNotEmpty();
              assertThat(page.text("top-artists")).isNotEmpty();
            });
    dashboard.screenshot("dashboard-desktop", Viewport.DESKTOP, false);
    dashboard.screenshot("dashboard-desktop-full", Viewport.DESKTOP, true);
    dashboard.screenshot("dashboard-phone", Viewport.PHONE, false);
    dashboard.screenshot("dashboard-phone-full", Viewport.PHONE, true);
  }

  @Test
  void aStoppedServiceTurnsDownOnThePageAndRunningWhenItIsBack() {
    page.open();
    DashboardStack.patiently()
        .untilAsserted(
            () -> {
              assertThat(page.serviceStatus("storage")).isEqualTo("Running");
              assertThat(page.statusMode()).as("statuses pushed by the stream").isEqualTo("live");
              assertThat(page.text("checked-storage")).startsWith("Checked ");
            });

    stack.killService("storage");
    DashboardStack.patiently()
        .untilAsserted(() -> assertThat(page.serviceStatus("storage")).isEqualTo("Down"));
    dashboard.screenshot("storage-down-desktop", Viewport.DESKTOP, false);

    stack.startService("storage");
    DashboardStack.patiently()
        .untilAsserted(() -> assertThat(page.serviceStatus("storage")).isEqualTo("Running"));
  }

  @Test
  void theAuditViewShowsTheEventOfAChosenIndex() {
    poster.post(30, 20);
    DashboardStack.patiently().until(expect::auditHoldsEverythingPosted);
    JsonObject counts = Http.json(museum.get("audit", "/counts"));
    long albums = counts.getJsonNumber("album").longValue();
    page.open();
    DashboardStack.patiently()
        .untilAsserted(
            () -> assertThat(Long.parseLong(page.auditShownIndex())).isBetween(0L, albums - 1));

    long index = albums / 2;
    page.showAuditEvent("album", index);

    JsonObject expected = Http.json(museum.get("audit", "/album?index=" + index));
    DashboardStack.patiently()
        .untilAsserted(
            () -> {
              assertThat(page.auditShownType()).isEqualTo("album");
              assertThat(page.auditShownIndex()).isEqualTo(Long.toString(index));
            });
    expect.auditViewShows(expected);

    long single = counts.getJsonNumber("single_song").longValue() - 1;
    page.showAuditEvent("single_song", single);
    JsonObject expectedSingle = Http.json(museum.get("audit", "/single_song?index=" + single));
    DashboardStack.patiently()
        .untilAsserted(() -> assertThat(page.auditShownIndex()).isEqualTo(Long.toString(single)));
    expect.auditViewShowsTheTraceIdOf(expectedSingle);
  }

  @Test
  void aProcessingOutageShowsAnErrorOnTheStatisticsPanelUntilItIsBack() {
    page.open();
    DashboardStack.patiently()
        .untilAsserted(() -> assertThat(page.value("stat-albums")).isNotEmpty());

    stack.stopService("processing");
    try {
      // The statistics stop arriving while the statuses still do: the panel polls and says so.
      DashboardStack.patiently()
          .untilAsserted(
              () -> {
                assertThat(page.panelError("stats"))
                    .contains("processing service cannot be reached");
                assertThat(page.panelError("chart")).isNotEmpty();
                assertThat(page.text("stat-albums")).isNotBlank().isNotEqualTo("–");
              });
      dashboard.screenshot("processing-down-desktop", Viewport.DESKTOP, false);
      dashboard.screenshot("processing-down-phone", Viewport.PHONE, false);
    } finally {
      stack.startService("processing");
    }
    DashboardStack.patiently().untilAsserted(expect::pageShowsTheStats);
  }
}

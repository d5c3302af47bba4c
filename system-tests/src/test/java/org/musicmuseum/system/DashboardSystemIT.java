package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.system.browser.DashboardPage;
import org.musicmuseum.system.browser.DashboardPage.Viewport;

/** The browser dashboard over the whole running stack, in a real (headless) Chromium. */
class DashboardSystemIT {

  private static final List<String> SERVICES =
      List.of("receiver", "storage", "processing", "audit");

  private static DashboardStack dashboard;
  private static LocalStack stack;
  private static MuseumClient client;
  private static EventPoster poster;
  private static DashboardPage page;
  private static DashboardExpectations expect;

  @BeforeAll
  static void start() throws Exception {
    dashboard = DashboardStack.start();
    stack = dashboard.stack;
    client = dashboard.client;
    poster = dashboard.poster;
    page = dashboard.page;
    expect = dashboard.expect;
  }

  @AfterAll
  static void stop() {
    if (dashboard != null) {
      dashboard.close();
    }
  }

  private static ConditionFactory patiently() {
    return await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions();
  }

  @Test
  void afterPostingEventsThePageShowsTheNumbersOfProcessingStats() {
    page.open();
    poster.post(120, 80);

    patiently().untilAsserted(expect::pageShowsTheStats);

    patiently()
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
    patiently()
        .untilAsserted(
            () -> {
              assertThat(page.serviceStatus("storage")).isEqualTo("Running");
              assertThat(page.statusMode()).as("statuses pushed by the stream").isEqualTo("live");
              assertThat(page.text("checked-storage")).startsWith("Checked ");
            });

    stack.killService("storage");
    patiently().untilAsserted(() -> assertThat(page.serviceStatus("storage")).isEqualTo("Down"));
    dashboard.screenshot("storage-down-desktop", Viewport.DESKTOP, false);

    stack.startService("storage");
    patiently().untilAsserted(() -> assertThat(page.serviceStatus("storage")).isEqualTo("Running"));
  }

  @Test
  void theAuditViewShowsTheEventOfAChosenIndex() {
    poster.post(30, 20);
    patiently().until(expect::auditHoldsEverythingPosted);
    JsonObject counts = MuseumClient.json(client.get("audit", "/counts"));
    long albums = counts.getJsonNumber("album").longValue();
    page.open();
    patiently()
        .untilAsserted(
            () -> assertThat(Long.parseLong(page.auditShownIndex())).isBetween(0L, albums - 1));

    long index = albums / 2;
    page.showAuditEvent("album", index);

    JsonObject expected = MuseumClient.json(client.get("audit", "/album?index=" + index));
    patiently()
        .untilAsserted(
            () -> {
              assertThat(page.auditShownType()).isEqualTo("album");
              assertThat(page.auditShownIndex()).isEqualTo(Long.toString(index));
            });
    expect.auditViewShows(expected);

    long single = counts.getJsonNumber("single_song").longValue() - 1;
    page.showAuditEvent("single_song", single);
    JsonObject expectedSingle =
        MuseumClient.json(client.get("audit", "/single_song?index=" + single));
    patiently()
        .untilAsserted(() -> assertThat(page.auditShownIndex()).isEqualTo(Long.toString(single)));
    expect.auditViewShowsTheTraceIdOf(expectedSingle);
  }

  @Test
  void aProcessingOutageShowsAnErrorOnTheStatisticsPanelUntilItIsBack() {
    page.open();
    patiently().untilAsserted(() -> assertThat(page.value("stat-albums")).isNotEmpty());

    stack.stopService("processing");
    patiently()
        .untilAsserted(
            () -> {
              assertThat(page.panelError("stats")).contains("processing service cannot be reached");
              assertThat(page.panelError("chart")).isNotEmpty();
              assertThat(page.text("stat-albums")).isNotBlank().isNotEqualTo("–");
            });
    dashboard.screenshot("processing-down-desktop", Viewport.DESKTOP, false);
    dashboard.screenshot("processing-down-phone", Viewport.PHONE, false);

    stack.startService("processing");
    patiently().untilAsserted(expect::pageShowsTheStats);
  }
}

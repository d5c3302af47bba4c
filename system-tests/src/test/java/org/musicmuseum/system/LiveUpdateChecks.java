package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.musicmuseum.console.panel.Formats;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.system.browser.DashboardPage;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;
import org.musicmuseum.testkit.browser.HeadlessChrome;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The live updates: processing and health publish to the updates topic, each dashboard server
 * relays it at {@code /api/updates}. Both dashboards get their figures from that stream and stop
 * polling while it is live; a second dashboard server relays every update too; with Kafka stopped
 * both dashboards say they are not live and keep their figures by polling, and go live again by
 * themselves. The console refreshes only every hour here, so what it shows after a post came from
 * the stream. Run by {@code ViewsSystemIT} on its stack (two dashboard servers).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LiveUpdateChecks {

  private static final String STATS_PANEL = "panel-stats";

  private final DashboardStack dashboard;
  private final LocalStack stack;
  private final TestStack museum;
  private final EventPoster poster;
  private final DashboardPage page;
  private ConsoleFixture console;

  protected LiveUpdateChecks(DashboardStack dashboard) {
    this.dashboard = dashboard;
    this.stack = dashboard.museum.stack();
    this.museum = dashboard.museum;
    this.poster = dashboard.poster;
    this.page = dashboard.page;
  }

  @BeforeAll
  void startConsole() throws Exception {
    console = ConsoleFixture.show(stack, Duration.ofHours(1));
  }

  @AfterAll
  void stopConsole() throws Exception {
    if (console != null) {
      console.close();
    }
  }

  @Test
  void thePageGetsNewFiguresFromTheStreamAndDoesNotPollMeanwhile() {
    page.open();
    DashboardStack.patiently()
        .untilAsserted(
            () -> {
              assertThat(page.statusMode()).isEqualTo("live");
              assertThat(page.attribute(STATS_PANEL, "data-source")).isEqualTo("stream");
            });
    String polls = page.attribute(STATS_PANEL, "data-polls");

    poster.post(7, 4);

    DashboardStack.patiently().untilAsserted(dashboard.expect::pageShowsTheStats);
    assertThat(page.attribute(STATS_PANEL, "data-polls"))
        .as("statistics read by the page while the stream was live")
        .isEqualTo(polls);
    assertThat(page.statusMode()).isEqualTo("live");
  }

  @Test
  void theConsoleGetsNewFiguresFromTheStream() {
    DashboardStack.patiently()
        .untilAsserted(() -> assertThat(ConsoleFixture.text("live-indicator")).isEqualTo("Live"));

    poster.post(5, 2);

    DashboardStack.patiently().untilAsserted(this::consoleShowsTheStats);
  }

  @Test
  void aSecondDashboardServerRelaysEveryUpdateToo() {
    ChromeDriver second = HeadlessChrome.start(museum.workDir().resolve("browser-2"));
    try {
      DashboardPage other = new DashboardPage(second, museum.url("dashboard-2", "/")).open();
      DashboardStack.patiently()
          .untilAsserted(() -> assertThat(other.statusMode()).isEqualTo("live"));

      poster.post(3, 3);

      DashboardStack.patiently()
          .untilAsserted(
              () -> {
                assertThat(Long.parseLong(other.value("stat-albums")))
                    .isGreaterThanOrEqualTo(poster.albums());
                assertThat(other.attribute(STATS_PANEL, "data-source")).isEqualTo("stream");
              });
    } finally {
      second.quit();
    }
  }

  @Test
  void withKafkaStoppedBothDashboardsSayTheyAreNotLiveAndKeepTheirFigures() {
    page.open();
    DashboardStack.patiently()
        .untilAsserted(
            () -> {
              assertThat(page.statusMode()).isEqualTo("live");
              assertThat(ConsoleFixture.text("live-indicator")).isEqualTo("Live");
            });

    stack.stopKafka();
    try {
      DashboardStack.patiently()
          .untilAsserted(
              () -> {
                assertThat(page.statusMode()).isEqualTo("polling");
                assertThat(page.text("live-indicator")).startsWith("Not live");
                assertThat(ConsoleFixture.text("live-indicator")).startsWith("Not live");
                dashboard.expect.pageShowsTheStats();
                assertThat(page.attribute(STATS_PANEL, "data-source")).isEqualTo("poll");
                consoleShowsTheStats();
              });
    } finally {
      stack.startKafka();
    }

    DashboardStack.patiently()
        .untilAsserted(
            () -> {
              assertThat(page.statusMode()).isEqualTo("live");
              assertThat(ConsoleFixture.text("live-indicator")).isEqualTo("Live");
            });
  }

  private JsonObject processingStats() {
    return Http.json(museum.get("processing", "/stats"));
  }

  /** The console shows processing's figures, which count everything posted. */
  private void consoleShowsTheStats() {
    JsonObject stats = processingStats();
    long albums = stats.getJsonNumber("num_album_events").longValue();
    assertThat(albums).isGreaterThanOrEqualTo(poster.albums());
    assertThat(ConsoleFixture.text("stat-albums")).isEqualTo(Formats.count(albums));
    assertThat(ConsoleFixture.text("stat-singles"))
        .isEqualTo(Formats.count(stats.getJsonNumber("num_single_events").longValue()));
  }
}

package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.core.ConditionFactory;
import org.musicmuseum.system.browser.DashboardPage;
import org.musicmuseum.system.browser.DashboardPage.Viewport;
import org.musicmuseum.testkit.TestStack;
import org.musicmuseum.testkit.browser.HeadlessChrome;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every service and two dashboard servers on free ports with short intervals, and a headless
 * Chromium on the first dashboard. Screenshots go to {@code system-tests/target/screenshots/}.
 */
final class DashboardStack implements AutoCloseable {

  final TestStack museum;
  final EventPoster poster;
  final DashboardPage page;
  final DashboardExpectations expect;
  private final ChromeDriver driver;
  private final Path screenshots;

  private DashboardStack(TestStack museum, ChromeDriver driver, Path screenshots) {
    this.museum = museum;
    this.driver = driver;
    this.screenshots = screenshots;
    this.poster = new EventPoster(museum);
    this.page = new DashboardPage(driver, museum.url("dashboard", "/"));
    this.expect = new DashboardExpectations(page, museum, poster);
  }

  static DashboardStack start() {
    assertThat(HeadlessChrome.installed())
        .as("Chromium and chromedriver are installed (apt-get install chromium chromium-driver)")
        .isTrue();
    TestStack museum =
        TestStack.start(
            "system-tests",
            "dashboard-",
            stack ->
                stack
                    .services("receiver", "storage", "processing", "audit", "health", "dashboard")
                    .replicas("dashboard", 2)
                    .serviceEnv("PROCESSING_INTERVAL_MS", "500")
                    .serviceEnv("HEALTH_INTERVAL_MS", "500")
                    .serviceEnv("DASHBOARD_REFRESH_MS", "1000")
                    // Pages told every 0.5 s whether updates arrive; 10 s without one is not live.
                    .serviceEnv("DASHBOARD_UPDATES_HEARTBEAT_MS", "500")
                    .serviceEnv("DASHBOARD_UPDATES_STALE_AFTER_MS", "10000"));
    try {
      ChromeDriver driver = HeadlessChrome.start(museum.workDir().resolve("browser"));
      return new DashboardStack(
          museum, driver, TestStack.root().resolve("system-tests/target/screenshots"));
    } catch (RuntimeException e) {
      museum.close();
      throw e;
    }
  }

  /** Where screenshots go ({@code system-tests/target/screenshots/}). */
  Path screenshots() {
    return screenshots;
  }

  /** Waits for what the page shows: up to 3 minutes, looking every 250 ms. */
  static ConditionFactory patiently() {
    return await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions();
  }

  /** Saves {@code <name>.png} of the page as it is now. */
  void screenshot(String name, Viewport viewport, boolean fullPage) {
    page.screenshot(screenshots.resolve(name + ".png"), viewport, fullPage);
  }

  /** Quits the browser (printing its console for post-mortems), then stops the stack. */
  @Override
  public void close() {
    try {
      page.console().forEach(line -> System.out.println("browser console: " + line));
      driver.quit();
    } finally {
      museum.close();
    }
  }
}

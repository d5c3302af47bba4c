package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.system.browser.DashboardPage;
import org.musicmuseum.system.browser.DashboardPage.Viewport;
import org.musicmuseum.system.browser.HeadlessChrome;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every service and the dashboard on free ports with short intervals, and a headless Chromium on
 * the dashboard. Screenshots go to {@code system-tests/target/screenshots/}.
 */
final class DashboardStack implements AutoCloseable {

  final LocalStack stack;
  final MuseumClient client;
  final EventPoster poster;
  final DashboardPage page;
  final DashboardExpectations expect;
  private final ChromeDriver driver;
  private final Path screenshots;

  private DashboardStack(LocalStack stack, ChromeDriver driver, Path screenshots) {
    this.stack = stack;
    this.driver = driver;
    this.screenshots = screenshots;
    this.client = new MuseumClient(stack);
    this.poster = new EventPoster(client);
    this.page = new DashboardPage(driver, stack.serviceUrl("dashboard") + "/");
    this.expect = new DashboardExpectations(page, client, poster);
  }

  static DashboardStack start() throws IOException {
    assertThat(HeadlessChrome.installed())
        .as("Chromium and chromedriver are installed (apt-get install chromium chromium-driver)")
        .isTrue();
    Path root = Path.of(System.getProperty("museum.root"));
    Path target = Files.createDirectories(root.resolve("system-tests/target"));
    Path work = Files.createTempDirectory(target, "dashboard-");
    LocalStack stack =
        LocalStack.builder()
            .root(root)
            .workDir(work)
            .services("receiver", "storage", "processing", "audit", "health", "dashboard")
            .serviceEnv("PROCESSING_INTERVAL_MS", "500")
            .serviceEnv("HEALTH_INTERVAL_MS", "500")
            .serviceEnv("DASHBOARD_REFRESH_MS", "1000")
            .start();
    try {
      ChromeDriver driver = HeadlessChrome.start(work.resolve("browser"));
      return new DashboardStack(stack, driver, target.resolve("screenshots"));
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  /** Where screenshots go ({@code system-tests/target/screenshots/}). */
  Path screenshots() {
    return screenshots;
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
      stack.close();
    }
  }
}

package org.musicmuseum.system.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard as a person sees it: reads by the page's data-testid attributes. */
public final class DashboardPage {

  /** Desktop and phone viewports of the screenshots. */
  public enum Viewport {
    DESKTOP(1280, 900, false),
    PHONE(390, 844, true);

    final int width;
    final int height;
    final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
      this.width = width;
      this.height = height;
      this.mobile = mobile;
    }
  }

  /** How long the page may take to load its configuration and wire its controls. */
  private static final Duration READY = Duration.ofMinutes(1);

  private final ChromeDriver driver;
  private final String url;

  public DashboardPage(ChromeDriver driver, String url) {
    this.driver = driver;
    this.url = url;
  }

  /** Loads the page afresh. */
  public DashboardPage open() {
    driver.get(url);
    return this;
  }

  private WebElement byTestId(String testId) {
    return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
  }

  /** The text a person reads in an element. */
  public String text(String testId) {
    return byTestId(testId).getText().trim();
  }

  /** The raw figure behind a displayed one (data-value), or "" before the page set it. */
  public String value(String testId) {
    String value = byTestId(testId).getDomAttribute("data-value");
    return value == null ? "" : value;
  }

  /** An attribute of an element (e.g. a panel's {@code data-polls}), or "" when it has none. */
  public String attribute(String testId, String name) {
    String value = byTestId(testId).getDomAttribute(name);
    return value == null ? "" : value;
  }

  /** {@code Running}, {@code Down}, ... as shown for a service (receiver, storage, ...). */
  public String serviceStatus(String service) {
    return text("status-" + service);
  }

  /** How figures and statuses arrive: live (pushed), polling, offline, connecting. */
  public String statusMode() {
    return byTestId("live-indicator").getDomAttribute("data-mode");
  }

  /** The error message a panel shows, or "" when it shows none. */
  public String panelError(String panel) {
    WebElement error = byTestId(panel + "-error");
    return error.isDisplayed() ? error.getText().trim() : "";
  }

  /** Picks a type (album, single_song) and an index in the audit view and presses Show. */
  public void showAuditEvent(String type, long index) {
    new Select(byTestId("audit-type")).selectByValue(type);
    WebElement input = byTestId("audit-index");
    input.clear();
    input.sendKeys(Long.toString(index));
    byTestId("audit-show").click();
  }

  /** The index whose event the audit view shows, or "" when it shows none. */
  public String auditShownIndex() {
    String index = byTestId("audit-json").getDomAttribute("data-index");
    return index == null ? "" : index;
  }

  public String auditShownType() {
    String type = byTestId("audit-json").getDomAttribute("data-type");
    return type == null ? "" : type;
  }

  /**
   * How a Pipeline item was last shown: {@code ok}, {@code stale} (its latest read failed) or
   * {@code waiting}; {@code figure} is the item's figure id ({@code pipeline-lag}, ...).
   */
  public String pipelineItemState(String figure) {
    String state = byTestId(figure + "-item").getDomAttribute("data-state");
    return state == null ? "" : state;
  }

  /**
   * Types a trace id into the Find-an-event box and presses Enter, once the page has enabled the
   * box (it does when it knows where audit is; the page may still be loading).
   */
  public void findEvent(String traceId) {
    new WebDriverWait(driver, READY).until(d -> byTestId("trace-id").isEnabled());
    WebElement input = byTestId("trace-id");
    input.clear();
    input.sendKeys(traceId + Keys.ENTER);
  }

  /**
   * The state of the event the timeline shows ({@code in_kafka}, {@code stored}, {@code counted}),
   * or "" when it shows none.
   */
  public String traceState() {
    String state = byTestId("trace-timeline").getDomAttribute("data-state");
    return state == null ? "" : state;
  }

  /** The trace id whose timeline is shown, or "". */
  public String traceShown() {
    String id = byTestId("trace-timeline").getDomAttribute("data-trace-id");
    return id == null ? "" : id;
  }

  /**
   * What the line above the timeline says of the last lookup: {@code hint}, {@code not-found}
   * (404), {@code invalid} (400) or the state of the event shown.
   */
  public String traceMessageKind() {
    String kind = byTestId("trace-message").getDomAttribute("data-kind");
    return kind == null ? "" : kind;
  }

  /** Whether a step of the timeline (accepted, kafka, stored, counted) is shown as reached. */
  public boolean traceStepReached(String step) {
    return "true".equals(byTestId("trace-step-" + step).getDomAttribute("data-reached"));
  }

  /** Sets the viewport, as a phone or a desktop browser would have it. */
  public void viewport(Viewport viewport) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", viewport.width,
            "height", viewport.height,
            "deviceScaleFactor", 1,
            "mobile", viewport.mobile));
  }

  /** A PNG of the viewport; with {@code fullPage}, of the whole page at the viewport's width. */
  public Path screenshot(Path file, Viewport viewport, boolean fullPage) {
    viewport(viewport);
    if (fullPage) {
      Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of(
              "width",
              viewport.width,
              "height",
              Math.max(viewport.height, height.intValue()),
              "deviceScaleFactor",
              1,
              "mobile",
              viewport.mobile));
    }
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    viewport(Viewport.DESKTOP);
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Console messages of the page, for a failure's post-mortem. */
  public List<String> console() {
    return driver.manage().logs().get("browser").getAll().stream().map(String::valueOf).toList();
  }
}

package org.musicmuseum.loadtest.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard page in a browser, noting with the page's own clock ({@code Date.now()}, the same
 * wall clock as this JVM's on one machine) each change of one element: a MutationObserver, so that
 * no reading interval adds to what is measured.
 */
final class PageWatch {

  /** One change: when, the element's raw figure ({@code data-value}) and its text. */
  record Change(long atMillis, String value, String text) {}

  private static final String READ =
      "const e = document.querySelector(\"[data-testid='\" + arguments[0] + \"']\");"
          + " return e ? (e.dataset.value ?? e.textContent) : null;";
  private static final String WATCH =
      "window.__changes = []; const e = document.querySelector(\"[data-testid='\" + arguments[0]"
          + " + \"']\"); if (window.__observer) { window.__observer.disconnect(); }"
          + " window.__observer = new MutationObserver(() => window.__changes.push([Date.now(),"
          + " e.dataset.value ?? '', e.textContent.trim()])); window.__observer.observe(e,"
          + " {attributes: true, childList: true, characterData: true, subtree: true});";
  private static final String CHANGES = "return window.__changes;";

  private final JavascriptExecutor page;
  private final String mode;

  /** Opens {@code url} and waits until the page says it is in {@code mode} (live, polling). */
  PageWatch(ChromeDriver driver, String url, String mode) throws InterruptedException {
    driver.get(url);
    this.page = driver;
    this.mode = mode;
    awaitText("live-indicator", text -> true, Duration.ofMinutes(1));
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (!mode.equals(
        page.executeScript("return document.getElementById('live-indicator').dataset.mode;"))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the page at " + url + " is not " + mode + " in time");
      }
      Thread.sleep(50); // how often the page is looked at
    }
  }

  String mode() {
    return mode;
  }

  /** Waits until element {@code testId}'s figure (or text) satisfies {@code ok}. */
  void awaitText(String testId, Predicate<String> ok, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (true) {
      Object value = page.executeScript(READ, testId);
      if (value != null && ok.test(value.toString().trim())) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(testId + " shows '" + value + "' after " + max);
      }
      Thread.sleep(50); // how often the page is looked at
    }
  }

  /** Starts noting the changes of {@code testId} (forgetting those noted so far). */
  void watch(String testId) {
    page.executeScript(WATCH, testId);
  }

  /** The changes noted since {@link #watch}, oldest first. */
  List<Change> changes() {
    if (!(page.executeScript(CHANGES) instanceof List<?> raw)) {
      throw new IllegalStateException("the page is not being watched (the page was reloaded?)");
    }
    return raw.stream()
        .map(c -> (List<?>) c)
        .map(
            c ->
                new Change(
                    ((Number) c.get(0)).longValue(), c.get(1).toString(), c.get(2).toString()))
        .toList();
  }
}

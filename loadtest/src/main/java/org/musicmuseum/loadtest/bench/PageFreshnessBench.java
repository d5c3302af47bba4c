package org.musicmuseum.loadtest.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.musicmuseum.loadtest.http.Latencies;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Figure.Target;
import org.musicmuseum.testkit.browser.HeadlessChrome;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Figures 7 and 8: what an operator sees, in a headless Chromium on the dashboard. The page notes
 * with its own clock when a figure changes ({@link PageWatch}). 7: a POST's 201 → the new album
 * count on the page ({@link PageCountFreshness}); 8: health notices a service is Down → "Down" on
 * the page ({@link PageDownFreshness}). Both with the live updates, then with the page polling
 * every 5 s ({@code ?updates=off}) for comparison.
 */
final class PageFreshnessBench {

  private final BenchStack stack;
  private final BenchOptions options;
  private final PageCountFreshness count;
  private final PageDownFreshness down;

  PageFreshnessBench(BenchStack stack, BenchOptions options, Progress progress) {
    this.stack = stack;
    this.options = options;
    this.count = new PageCountFreshness(stack, options, progress);
    this.down = new PageDownFreshness(stack, options, progress);
  }

  List<Figure> run(Path work) throws Exception {
    ChromeDriver browser = HeadlessChrome.start(work.resolve("browser"));
    try {
      Map<String, Object> details = new LinkedHashMap<>();
      Latencies liveCount = count.measure(new PageWatch(browser, page(""), "live"));
      Latencies liveDown = down.measure(new PageWatch(browser, page(""), "live"));
      Latencies polledCount =
          count.measure(new PageWatch(browser, page("?updates=off"), "polling"));
      Latencies polledDown = down.measure(new PageWatch(browser, page("?updates=off"), "polling"));
      put(details, "count", liveCount, polledCount);
      put(details, "down", liveDown, polledDown);
      details.put("posts", options.pagePosts());
      details.put("posts_per_s", options.pageRate());
      details.put("down_rounds", options.downRounds());
      return List.of(
          Figure.value(
              7,
              "page_count_p95",
              String.format(
                  "Page freshness p95: 201 → new album count in the page, %d posts at %d/s (p50"
                      + " %.0f ms; polling every 5 s: p50 %.0f, p95 %.0f ms)",
                  options.pagePosts(),
                  options.pageRate(),
                  liveCount.percentileMillis(50),
                  polledCount.percentileMillis(50),
                  polledCount.percentileMillis(95)),
              liveCount.percentileMillis(95),
              "ms",
              Target.atMost(1000),
              details),
          Figure.value(
              8,
              "page_down_p95",
              String.format(
                  "Down on the page p95 after health notices, %d rounds (p50 %.0f ms; polling:"
                      + " p50 %.0f, p95 %.0f ms)",
                  options.downRounds(),
                  liveDown.percentileMillis(50),
                  polledDown.percentileMillis(50),
                  polledDown.percentileMillis(95)),
              liveDown.percentileMillis(95),
              "ms",
              Target.atMost(2000),
              details));
    } finally {
      browser.quit();
    }
  }

  private String page(String query) {
    return stack.url("dashboard") + "/" + query;
  }

  private static void put(
      Map<String, Object> details, String what, Latencies live, Latencies polled) {
    details.put(what + "_live_p50_ms", live.percentileMillis(50));
    details.put(what + "_live_p95_ms", live.percentileMillis(95));
    details.put(what + "_live_max_ms", live.percentileMillis(100));
    details.put(what + "_polling_p50_ms", polled.percentileMillis(50));
    details.put(what + "_polling_p95_ms", polled.percentileMillis(95));
    details.put(what + "_samples", live.count());
  }
}

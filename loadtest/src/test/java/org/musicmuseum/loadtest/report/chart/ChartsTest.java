package org.musicmuseum.loadtest.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Figure.Target;
import org.musicmuseum.loadtest.report.Histogram;
import org.musicmuseum.loadtest.report.Results;

class ChartsTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

  private List<String> write(List<Figure> figures, Timeline timeline) {
    Results results = new Results(Instant.EPOCH, 1, Map.of(), figures);
    return Charts.write(
        dir, results, timeline, new PrintStream(warnings, true, StandardCharsets.UTF_8));
  }

  private static final Timeline RSS =
      new Timeline(
          Map.of("receiver", List.of(new Point(0, 100), new Point(0.5, 120))),
          List.of(new Marker(0, "stack start")),
          256);

  private static final Timeline NO_RSS = new Timeline(Map.of(), List.of(), 256);

  @Test
  void everyChartWithDataIsWrittenAndNamed() throws Exception {
    Figure freshness =
        Figure.value(
            4,
            "freshness_p99",
            "Freshness p99",
            110,
            "ms",
            Target.atMost(400),
            Map.of(
                Charts.P50, 40.0, Charts.HISTOGRAM, Histogram.of(new double[] {10, 40, 110}, 25)));

    List<String> names = write(List.of(ThroughputChartTest.RECEIVER, freshness), RSS);

    assertThat(names).containsExactly(Charts.THROUGHPUT, Charts.FRESHNESS, Charts.RSS);
    for (String name : names) {
      SvgDom.parse(Files.readAllBytes(dir.resolve(name))).assertPlainPage(800);
    }
    SvgDom chart = SvgDom.parse(Files.readAllBytes(dir.resolve(Charts.FRESHNESS)));
    assertThat(chart.one("text", "p50").getTextContent()).isEqualTo("p50 40.0 ms");
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aChartWithoutDataIsLeftOut() {
    List<String> names = write(List.of(ThroughputChartTest.FRESHNESS), NO_RSS);

    assertThat(names).isEmpty();
    assertThat(dir.resolve(Charts.THROUGHPUT)).doesNotExist();
    assertThat(dir.resolve(Charts.FRESHNESS)).doesNotExist(); // no histogram in its details
    assertThat(dir.resolve(Charts.RSS)).doesNotExist();
  }

  @Test
  void aChartThatCannotBeWrittenIsReportedAndLeftOut() throws Exception {
    Files.createDirectories(dir.resolve(Charts.RSS)); // a directory where the file should go

    List<String> names = write(List.of(ThroughputChartTest.RECEIVER), RSS);

    assertThat(names).containsExactly(Charts.THROUGHPUT);
    assertThat(warnings.toString(StandardCharsets.UTF_8)).contains("chart rss.svg not written");
  }
}

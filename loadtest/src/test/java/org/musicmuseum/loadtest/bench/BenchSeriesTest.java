package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Results;
import org.musicmuseum.loadtest.report.chart.Marker;
import org.musicmuseum.loadtest.report.chart.Point;
import org.musicmuseum.loadtest.report.chart.Timeline;

/**
 * {@code --runs N} with a stand-in for the bench: the directories, the summary, the exit status.
 */
class BenchSeriesTest {

  @TempDir Path out;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final List<Path> dirs = new ArrayList<>();

  /** Runs with these drain results (ours against a baseline of 100); null fails the run. */
  private int series(int runs, Double... drains) {
    BenchOptions options =
        BenchOptions.parse(
            Path.of("/museum"), List.of("--out", out.toString(), "--runs", "" + runs));
    Iterator<Double> next = List.of(drains).iterator();
    PrintStream print = new PrintStream(printed, true, StandardCharsets.UTF_8);
    BenchSeries.Bench bench =
        (one, progress) -> {
          dirs.add(one.out());
          Double drain = next.next();
          if (drain < 0) {
            throw new IOException("the stack did not start");
          }
          Figure figure =
              new Figure(
                  3, "storage_drain", "Drain", drain, 100, "events/s", DrainBench.TARGET, Map.of());
          Timeline timeline =
              new Timeline(
                  Map.of("storage", List.of(new Point(0, 100), new Point(0.5, 110))),
                  List.of(new Marker(0, "stack start")),
                  BenchRun.RSS_TARGET.limit());
          return new BenchRun.Run(
              new Results(Instant.EPOCH, 1, Map.of(), List.of(figure)), timeline);
        };
    return new BenchSeries(options, bench, print, print).run();
  }

  private JsonObject json(Path file) throws IOException {
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
      return reader.readObject();
    }
  }

  @Test
  void oneRunWritesIntoTheOutputDirectoryWithoutASummary() throws Exception {
    assertThat(series(1, 85.0)).isZero();

    assertThat(dirs).containsExactly(out);
    JsonObject results = json(out.resolve("results.json"));
    assertThat(results.getJsonArray("charts").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("throughput.svg", "rss.svg");
    assertThat(out.resolve("throughput.svg")).exists();
    assertThat(out.resolve("summary.md")).doesNotExist();
    assertThat(series(1, 70.0)).isEqualTo(1);
  }

  @Test
  void everyRunHasItsDirectoryAndTheSummaryTakesTheMedian() throws Exception {
    assertThat(series(3, 90.0, 85.0, 95.0)).isZero();

    assertThat(dirs)
        .containsExactly(out.resolve("run-1"), out.resolve("run-2"), out.resolve("run-3"));
    for (Path dir : dirs) {
      assertThat(dir.resolve("results.json")).exists();
      assertThat(dir.resolve("results.md")).exists();
      assertThat(dir.resolve("rss.svg")).exists();
    }
    JsonObject summary = json(out.resolve("summary.json"));
    assertThat(summary.getBoolean("all_met")).isTrue();
    assertThat(
            summary.getJsonArray("figures").getJsonObject(0).getJsonNumber("median").doubleValue())
        .isEqualTo(0.9);
    assertThat(Files.readString(out.resolve("summary.md")))
        .contains("| 3 | Drain | 0.90 | 0.85 | 0.95 |");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("===== summary of the runs =====");
  }

  @Test
  void aDrainMissedInOneRunFailsTheSeriesThoughItsMedianIsMet() throws Exception {
    assertThat(series(3, 90.0, 79.0, 95.0)).isEqualTo(1);

    assertThat(json(out.resolve("summary.json")).getBoolean("all_met")).isFalse();
  }

  @Test
  void aFailedRunEndsTheSeriesAndTheSummaryOfTheRunsBeforeIsStillWritten() throws Exception {
    assertThat(series(3, 90.0, -1.0, 95.0)).isEqualTo(2);

    assertThat(dirs).hasSize(2);
    JsonObject summary = json(out.resolve("summary.json"));
    assertThat(summary.getInt("runs_completed")).isEqualTo(1);
    assertThat(summary.getString("failure")).contains("run 2 failed").contains("did not start");
    assertThat(out.resolve("run-3")).doesNotExist();
  }
}

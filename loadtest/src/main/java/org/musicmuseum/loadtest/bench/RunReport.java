package org.musicmuseum.loadtest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Results;
import org.musicmuseum.loadtest.report.chart.Charts;

/**
 * Writes one run into its directory: the charts, results.json (which names them) and results.md;
 * prints the JSON, the table and the targets missed.
 */
final class RunReport {

  private RunReport() {}

  /** The run's results, with the charts that were written. */
  static Results write(Path dir, BenchRun.Run run, PrintStream out) throws IOException {
    Files.createDirectories(dir);
    List<String> charts = Charts.write(dir, run.results(), run.timeline(), out);
    Results results = run.results().withCharts(charts);
    String json = results.toJson().toString();
    String markdown = results.toMarkdown();
    Files.writeString(dir.resolve("results.json"), json + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("results.md"), markdown, StandardCharsets.UTF_8);
    out.println();
    out.println(json);
    out.println();
    out.print(markdown);
    out.println();
    List<String> files = new ArrayList<>(List.of("results.md"));
    files.addAll(charts);
    out.println("written to " + dir.resolve("results.json") + " and " + String.join(", ", files));
    List<String> missed = new ArrayList<>();
    for (Figure f : results.figures()) {
      if (!f.met()) {
        missed.add(f.number() + " " + f.key());
      }
    }
    out.println(missed.isEmpty() ? "every target met" : "targets missed: " + missed);
    return results;
  }
}

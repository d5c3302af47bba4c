package org.musicmuseum.loadtest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.musicmuseum.loadtest.report.Results;
import org.musicmuseum.loadtest.report.Summary;

/**
 * {@code ./museum bench [--runs N]}: one run into the output directory, or N runs one after the
 * other, each into {@code run-<i>/} there, then {@code summary.md} and {@code summary.json}. The
 * exit status: 0 when every target is met (over N runs: on the median, and figure 3 in every run),
 * 1 when one is missed, 2 when a run failed; a failed run ends the series, and the summary of the
 * runs before it is still written.
 */
final class BenchSeries {

  /** One whole run of the bench with these options (a {@link BenchRun}; a stand-in in tests). */
  interface Bench {
    BenchRun.Run run(BenchOptions options, Progress progress) throws Exception;
  }

  private final BenchOptions options;
  private final Bench bench;
  private final PrintStream out;
  private final PrintStream err;

  BenchSeries(BenchOptions options, PrintStream out, PrintStream err) {
    this(options, (o, progress) -> new BenchRun(o, progress).run(), out, err);
  }

  BenchSeries(BenchOptions options, Bench bench, PrintStream out, PrintStream err) {
    this.options = options;
    this.bench = bench;
    this.out = out;
    this.err = err;
  }

  int run() {
    if (options.runs() == 1) {
      try {
        BenchRun.Run run = bench.run(options, new Progress(out, BenchRun.PHASES));
        return RunReport.write(options.out(), run, out).allMet() ? 0 : 1;
      } catch (Exception e) {
        failed(e);
        return 2;
      }
    }
    List<Results> done = new ArrayList<>();
    Optional<String> failure = Optional.empty();
    for (int i = 1; i <= options.runs() && failure.isEmpty(); i++) {
      BenchOptions one = options.withOut(options.out().resolve(Summary.runDir(i)));
      out.printf(
          Locale.ROOT, "%n===== run %d of %d, into %s =====%n", i, options.runs(), one.out());
      try {
        BenchRun.Run run = bench.run(one, new Progress(out, BenchRun.PHASES));
        done.add(RunReport.write(one.out(), run, out));
      } catch (Exception e) {
        failure = Optional.of("run " + i + " failed: " + e);
        failed(e);
      }
    }
    Summary summary = new Summary(options.runs(), done, failure);
    try {
      write(summary);
    } catch (IOException e) {
      failed(e);
      return 2;
    }
    return failure.isPresent() ? 2 : summary.met() ? 0 : 1;
  }

  private void write(Summary summary) throws IOException {
    Path dir = options.out();
    Files.createDirectories(dir);
    String markdown = summary.toMarkdown();
    Files.writeString(
        dir.resolve("summary.json"), summary.toJson().toString() + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("summary.md"), markdown, StandardCharsets.UTF_8);
    out.println();
    out.println("===== summary of the runs =====");
    out.println();
    out.print(markdown);
    out.println();
    out.println("written to " + dir.resolve("summary.md") + " and summary.json");
  }

  private void failed(Exception e) {
    err.println("museum bench: " + e);
    e.printStackTrace(err);
  }
}

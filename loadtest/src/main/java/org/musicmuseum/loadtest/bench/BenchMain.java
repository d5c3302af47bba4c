package org.musicmuseum.loadtest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Results;

/**
 * {@code ./museum bench}: starts a stack of its own, measures the figures of issues 7 and 17 in one
 * run (progress on the way), prints and writes the results JSON and Markdown table, stops
 * everything. Exit 0 when every target is met, 1 when one is missed, 2 on bad options or a failure.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    List<String> arguments = Arrays.asList(args);
    if (!arguments.isEmpty() && arguments.get(0).equals("scale")) {
      System.exit(ScaleMain.run(arguments.subList(1, arguments.size()), out));
      return;
    }
    if (arguments.contains("--help") || arguments.contains("-h")) {
      out.println(BenchOptions.USAGE);
      return;
    }
    Path root = Path.of(System.getenv().getOrDefault("MUSEUM_ROOT", ".")).toAbsolutePath();
    BenchOptions options;
    try {
      options = BenchOptions.parse(root, arguments);
    } catch (IllegalArgumentException e) {
      System.err.println("museum bench: " + e.getMessage() + "\n" + BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      Results results = new BenchRun(options, new Progress(out, 8)).run();
      write(options.out(), results, out);
      System.exit(results.allMet() ? 0 : 1);
    } catch (Exception e) {
      System.err.println("museum bench: " + e);
      e.printStackTrace(System.err);
      System.exit(2);
    }
  }

  private static void write(Path dir, Results results, PrintStream out) throws IOException {
    Files.createDirectories(dir);
    String json = results.toJson().toString();
    String markdown = results.toMarkdown();
    Files.writeString(dir.resolve("results.json"), json + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("results.md"), markdown, StandardCharsets.UTF_8);
    out.println();
    out.println(json);
    out.println();
    out.print(markdown);
    out.println();
    out.println("written to " + dir.resolve("results.json") + " and results.md");
    List<String> missed = new ArrayList<>();
    for (Figure f : results.figures()) {
      if (!f.met()) {
        missed.add(f.number() + " " + f.key());
      }
    }
    out.println(missed.isEmpty() ? "every target met" : "targets missed: " + missed);
  }
}

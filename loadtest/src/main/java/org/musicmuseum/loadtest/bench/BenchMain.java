package org.musicmuseum.loadtest.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.musicmuseum.testkit.browser.HeadlessChrome;

/**
 * {@code ./museum bench}: starts a stack of its own, measures the figures of issues 7 and 17 in one
 * run (progress on the way), prints and writes the results JSON, Markdown table and charts, stops
 * everything; with {@code --runs N} that N times and a summary ({@link BenchSeries}). Exit 0 when
 * every target is met, 1 when one is missed, 2 on bad options or a failure.
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
    Optional<String> missing = options.missingTools(HeadlessChrome.installed());
    if (missing.isPresent()) {
      System.err.println("museum bench: " + missing.get());
      System.exit(2);
      return;
    }
    System.exit(new BenchSeries(options, out, System.err).run());
  }
}

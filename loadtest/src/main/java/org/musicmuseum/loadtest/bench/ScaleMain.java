package org.musicmuseum.loadtest.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./museum bench scale}: runs {@link ScaleBench}, prints and writes its table. The exit
 * status: 0 done, 2 on bad options or a failure.
 */
final class ScaleMain {

  private ScaleMain() {}

  static int run(List<String> args, PrintStream out) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(ScaleOptions.USAGE);
      return 0;
    }
    Path root = Path.of(System.getenv().getOrDefault("MUSEUM_ROOT", ".")).toAbsolutePath();
    ScaleOptions options;
    try {
      options = ScaleOptions.parse(root, args);
    } catch (IllegalArgumentException e) {
      System.err.println("museum bench scale: " + e.getMessage() + "\n" + ScaleOptions.USAGE);
      return 2;
    }
    try {
      List<ScaleBench.Drain> drains =
          new ScaleBench(options, new Progress(out, options.replicas().size())).run();
      String table = ScaleBench.table(drains);
      Files.createDirectories(options.out());
      Path file = options.out().resolve("scale.md");
      Files.writeString(file, table, StandardCharsets.UTF_8);
      out.println();
      out.print(table);
      out.println("written to " + file);
      return 0;
    } catch (Exception e) {
      System.err.println("museum bench scale: " + e);
      e.printStackTrace(System.err);
      return 2;
    }
  }
}

package org.musicmuseum.stack.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ./museum} shows of a Maven build ({@code -B} output on stdin): one line per module
 * with its time and downloads, and a line every 10 s while nothing else was shown; all of the
 * output goes to the log file. It runs from source ({@code java BuildProgress.java LOG REPO}),
 * before anything is built, so it is one file that needs only the JDK.
 */
public final class BuildProgress {

  static final long BEAT_NANOS = TimeUnit.SECONDS.toNanos(10);

  private static final Pattern BUILDING =
      Pattern.compile("^\\[INFO\\] Building (.+?) \\S+\\s+\\[(\\d+/\\d+)\\]$");
  private static final Pattern DOWNLOADING =
      Pattern.compile("^\\[INFO\\] Downloading from [^:]+: (\\S+)$");
  private static final Pattern DOWNLOADED =
      Pattern.compile("^\\[INFO\\] Downloaded from [^:]+: \\S+ \\(([\\d.]+) (B|kB|MB|GB) at ");
  private static final Pattern RESULT = Pattern.compile("^\\[INFO\\] BUILD (SUCCESS|FAILURE)$");
  private static final Pattern MOJO =
      Pattern.compile("^\\[INFO\\] --- ([^:\\s]+):[^:\\s]+:([^:\\s]+) ");

  private final Path repository;
  private final long started;
  private Module module;
  private long lastShown;
  private String doing = "starting Maven";
  private Optional<String> downloading = Optional.empty();

  /** The module being built: name, position (3/12), start, downloads and their bytes. */
  private static final class Module {
    final String name;
    final String position;
    final long started;
    int downloads;
    double bytes;

    Module(String name, String position, long started) {
      this.name = name;
      this.position = position;
      this.started = started;
    }
  }

  BuildProgress(Path repository, long now) {
    this.repository = repository;
    this.started = now;
    this.lastShown = now;
    this.module = new Module("(Maven start)", "", now);
  }

  /** The lines to show for one line of Maven's output read at {@code now}. */
  synchronized List<String> accept(String line, long now) {
    List<String> shown = new ArrayList<>();
    Matcher m;
    if ((m = BUILDING.matcher(line)).find()) {
      finishModule(now).ifPresent(shown::add);
      module = new Module(shortName(m.group(1)), m.group(2), now);
      doing = "starting";
    } else if ((m = DOWNLOADING.matcher(line)).find()) {
      downloading = Optional.of(m.group(1));
    } else if ((m = DOWNLOADED.matcher(line)).find()) {
      downloading = Optional.empty();
      module.downloads++;
      module.bytes += bytes(Double.parseDouble(m.group(1)), m.group(2));
    } else if ((m = MOJO.matcher(line)).find()) {
      doing = m.group(1) + ":" + m.group(2);
    } else if ((m = RESULT.matcher(line)).find()) {
      finishModule(now).ifPresent(shown::add);
      shown.add(
          (m.group(1).equals("SUCCESS") ? "built in " : "the build failed after ")
              + duration(now - started));
      module = new Module("(after the build)", "", now);
    }
    if (!shown.isEmpty()) {
      lastShown = now;
    }
    return shown;
  }

  /** A line when nothing was shown for 10 s: the module, its time so far and what it does. */
  synchronized Optional<String> beat(long now) {
    if (now - lastShown < BEAT_NANOS) {
      return Optional.empty();
    }
    lastShown = now;
    String what =
        downloading
            .map(url -> "downloading " + fileName(url) + partial(url))
            .orElse(module.downloads > 0 ? "downloading dependencies" : doing);
    return Optional.of(
        String.format(
            "  ... %-7s %-24s %s so far, %s%s",
            position(), module.name, duration(now - module.started), what, downloaded()));
  }

  /** The last module's line when Maven stopped before its summary (killed, crashed). */
  synchronized List<String> finish(long now) {
    return finishModule(now).stream().toList();
  }

  private Optional<String> finishModule(long now) {
    if (module.position.isEmpty() && module.downloads == 0) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
                "  %-7s %-24s %s%s",
                position(), module.name, duration(now - module.started), downloaded())
            .stripTrailing());
  }

  private String position() {
    return module.position.isEmpty() ? "" : "[" + module.position + "]";
  }

  private String downloaded() {
    if (module.downloads == 0) {
      return "";
    }
    return String.format(" (%d downloads, %s)", module.downloads, megabytes(module.bytes));
  }

  /** How much of the file being downloaded has arrived: the resolver's temporary file by it. */
  String partial(String url) {
    String[] segments = url.replaceFirst("^[a-z]+://[^/]+/", "").split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      Path dir =
          repository.resolve(String.join("/", List.of(segments).subList(i, segments.length - 1)));
      if (Files.isDirectory(dir)) {
        return sizeOfTemporary(dir, segments[segments.length - 1]);
      }
    }
    return "";
  }

  private static String sizeOfTemporary(Path dir, String file) {
    try (var files = Files.list(dir)) {
      long size =
          files
              .filter(p -> String.valueOf(p.getFileName()).startsWith(file + "."))
              .mapToLong(p -> p.toFile().length())
              .sum();
      return size > 0 ? " (" + megabytes(size) + " so far)" : "";
    } catch (IOException e) {
      return "";
    }
  }

  static String shortName(String moduleName) {
    int separator = moduleName.lastIndexOf(" :: ");
    return separator < 0 ? moduleName : moduleName.substring(separator + 4);
  }

  static String duration(long nanos) {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
    if (seconds < 60) {
      return String.format("%.1f s", nanos / 1e9);
    }
    return String.format("%d min %02d s", seconds / 60, seconds % 60);
  }

  static String megabytes(double bytes) {
    return String.format("%.1f MB", bytes / 1_000_000);
  }

  private static double bytes(double amount, String unit) {
    return switch (unit) {
      case "kB" -> amount * 1e3;
      case "MB" -> amount * 1e6;
      case "GB" -> amount * 1e9;
      default -> amount;
    };
  }

  private static String fileName(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /**
   * {@code java BuildProgress.java <log file> <local Maven repository>} with Maven's output on
   * stdin.
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    BuildProgress progress = new BuildProgress(Path.of(args[1]), System.nanoTime());
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    timer.scheduleAtFixedRate(
        () -> progress.beat(System.nanoTime()).ifPresent(out::println), 1, 1, TimeUnit.SECONDS);
    try (BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer log = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        log.write(line + System.lineSeparator());
        progress.accept(line, System.nanoTime()).forEach(out::println);
      }
    } finally {
      timer.shutdownNow();
    }
    progress.finish(System.nanoTime()).forEach(out::println);
  }
}

package org.musicmuseum.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** The last lines of log files, for error messages and the {@code logs} command. */
public final class LogTail {

  private LogTail() {}

  /** The last {@code lines} lines of {@code file}; empty when it does not exist. */
  public static List<String> tail(Path file, int lines) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Deque<String> last = new ArrayDeque<>(Math.min(lines, 1024));
    try (Stream<String> stream = Files.lines(file, StandardCharsets.ISO_8859_1)) {
      stream.forEach(
          line -> {
            if (last.size() == lines) {
              last.removeFirst();
            }
            last.addLast(line);
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
    }
    return List.copyOf(last);
  }

  /** Whether a line of {@code file} contains {@code text}; false when it cannot be read. */
  public static boolean contains(Path file, String text) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (Stream<String> stream = Files.lines(file, StandardCharsets.ISO_8859_1)) {
      return stream.anyMatch(line -> line.contains(text));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /** A block per existing file: a header line, then its last {@code lines} lines. */
  public static String describe(List<Path> files, int lines) {
    StringBuilder sb = new StringBuilder();
    for (Path file : files) {
      List<String> tail = tail(file, lines);
      if (!tail.isEmpty()) {
        sb.append("--- last ")
            .append(tail.size())
            .append(" lines of ")
            .append(file)
            .append(" ---\n");
        tail.forEach(line -> sb.append(line).append('\n'));
      }
    }
    return sb.length() == 0 ? "(no log output in " + files + ")" : sb.toString();
  }
}

package org.musicmuseum.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @Test
  void keepsTheLastLines(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("a.log");
    Files.write(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).toList());

    assertThat(LogTail.tail(log, 3)).containsExactly("line 98", "line 99", "line 100");
    assertThat(LogTail.tail(log, Integer.MAX_VALUE)).hasSize(100);
  }

  @Test
  void describesOnlyFilesThatExist(@TempDir Path dir) throws IOException {
    Path log = Files.writeString(dir.resolve("messages.log"), "started\n");

    String text = LogTail.describe(List.of(dir.resolve("missing.log"), log), 10);

    assertThat(text).contains("messages.log").contains("started").doesNotContain("missing.log");
    assertThat(LogTail.describe(List.of(dir.resolve("missing.log")), 10)).contains("no log output");
  }
}

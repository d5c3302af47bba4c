package org.musicmuseum.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The page's plain script modules (what the Pipeline panel and the Find-an-event timeline show of
 * an answer) under Node's own test runner: {@code node --test src/test/js/}. Debian's {@code
 * nodejs} package provides it ({@code .ci/run} installs it where it is missing).
 */
class PageScriptsTest {

  private static final Path NODE = Path.of("/usr/bin/node");
  private static final Path TESTS = Path.of("src/test/js");

  @Test
  void theScriptTestsPassUnderNode() throws IOException, InterruptedException {
    assertThat(Files.isExecutable(NODE))
        .as("%s is missing: apt-get install nodejs (.ci/run installs it)", NODE)
        .isTrue();
    Process node =
        new ProcessBuilder(NODE.toString(), "--test", TESTS.toString() + "/")
            .redirectErrorStream(true)
            .start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(node.waitFor(2, TimeUnit.MINUTES)).as("node finished").isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
  }
}

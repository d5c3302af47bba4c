package org.musicmuseum.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProcessControlTest {

  @Test
  void terminateStopsAProcessAndItsChildren() throws Exception {
    Process shell = new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300; wait").start();
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> shell.toHandle().descendants().count() >= 2);
    var children = shell.toHandle().descendants().toList();

    assertThat(ProcessControl.terminate(shell.pid(), Duration.ofSeconds(5))).isTrue();

    assertThat(shell.isAlive()).isFalse();
    children.forEach(child -> assertThat(child.isAlive()).isFalse());
  }

  @Test
  void terminatingAnExitedProcessIsFine() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();

    assertThat(ProcessControl.terminate(process.pid(), Duration.ofSeconds(1))).isTrue();
  }

  @Test
  void theClassPathForChildrenIsAbsolute() {
    assertThat(ProcessControl.classpath().split(File.pathSeparator))
        .isNotEmpty()
        .allSatisfy(entry -> assertThat(Path.of(entry)).isAbsolute());
    assertThat(Arrays.asList(ProcessControl.javaExecutable().split("/"))).contains("bin");
  }
}

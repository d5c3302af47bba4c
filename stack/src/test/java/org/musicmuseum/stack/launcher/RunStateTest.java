package org.musicmuseum.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStateTest {

  @Test
  void remembersPidsAndPorts(@TempDir Path dir) {
    RunState state = new RunState(dir.resolve("run"));

    state.recordPid("kafka", 4242);
    state.recordPort("kafka", 9092);

    assertThat(state.pid("kafka")).hasValue(4242);
    assertThat(state.port("kafka")).hasValue(9092);
    assertThat(state.pidFile("kafka")).hasContent("4242");

    state.clear("kafka");

    assertThat(state.pid("kafka")).isEmpty();
    assertThat(state.port("kafka")).isEmpty();
  }

  @Test
  void aLiveProcessCountsOnlyWhenItsCommandMatches(@TempDir Path dir) {
    RunState state = new RunState(dir);
    long self = ProcessHandle.current().pid();
    state.recordPid("me", self);

    String myCommand = ProcessHandle.current().info().commandLine().orElse("java");
    String marker = myCommand.contains("java") ? "java" : "";

    assertThat(state.livePid("me", marker)).hasValue(self);
    assertThat(state.livePid("me", "org.example.SomethingElseMain")).isEmpty();
  }

  @Test
  void aDeadProcessIsNotRunning(@TempDir Path dir) throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    RunState state = new RunState(dir);
    state.recordPid("gone", process.pid());

    assertThat(state.livePid("gone", "true")).isEmpty();
  }

  @Test
  void garbageInAPidFileMeansNotRunning(@TempDir Path dir) throws IOException {
    RunState state = new RunState(dir);
    Files.writeString(dir.resolve("db.pid"), "not a pid");

    assertThat(state.pid("db")).isEmpty();
    assertThat(state.livePid("db", "DbMain")).isEmpty();
    assertThat(state.port("db")).isEmpty();
  }
}

package org.musicmuseum.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.PortInUseException;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.stack.TestDirs;
import org.musicmuseum.stack.db.DbAccess;

class LauncherIT {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @Test
  void upIsIdempotentStatusReportsAndDownLeavesNothing() {
    Path root = TestDirs.fresh("launcher-root");
    List<Integer> ports = Ports.free(3);
    Map<String, String> env =
        Map.of(
            "MUSEUM_HOME",
            root.resolve(".museum").toString(),
            "KAFKA_PORT",
            ports.get(0).toString(),
            "KAFKA_CONTROLLER_PORT",
            ports.get(1).toString(),
            "DB_PORT",
            ports.get(2).toString(),
            "MUSEUM_TIMEOUT_SECONDS",
            "180");
    Launcher launcher = new Launcher(root, env, out);
    RunState state = new RunState(launcher.layout().runDir());
    try {
      assertThat(launcher.run("up")).isZero();
      assertThat(text())
          .contains("kafka       starting")
          .contains("db          ready")
          .contains("Music Museum is up")
          .contains("127.0.0.1:" + ports.get(0));
      OptionalLong kafkaPid = state.pid("kafka");
      OptionalLong dbPid = state.pid("db");
      assertThat(kafkaPid).isPresent();
      assertThat(dbPid).isPresent();

      output.reset();
      assertThat(launcher.run("up")).isZero();
      assertThat(text()).contains("kafka       already running (pid " + kafkaPid.getAsLong() + ")");

      output.reset();
      assertThat(launcher.run("status")).isZero();
      assertThat(text())
          .containsPattern(
              "kafka\\s+" + kafkaPid.getAsLong() + "\\s+" + ports.get(0) + "\\s+running, ready")
          .containsPattern(
              "db\\s+" + dbPid.getAsLong() + "\\s+" + ports.get(2) + "\\s+running, ready");

      output.reset();
      assertThat(launcher.run("logs", "kafka")).isZero();
      assertThat(text()).contains("READY kafka");

      Map<String, String> clash =
          Map.of(
              "MUSEUM_HOME",
              root.resolve("other").toString(),
              "KAFKA_PORT",
              ports.get(0).toString());
      assertThatThrownBy(() -> new Launcher(root, clash, out).run("up"))
          .isInstanceOf(PortInUseException.class)
          .hasMessage(
              "port " + ports.get(0) + " (kafka) is already in use; set KAFKA_PORT to move it");

      externalDbIsUsedAndLeftAlone(root, launcher.layout().dbDir(), ports.get(2));

      output.reset();
      assertThat(launcher.run("down")).isZero();
      assertThat(text()).contains("db          stopping").contains("kafka       stopping");
      assertThat(ProcessControl.isAlive(kafkaPid.getAsLong())).isFalse();
      assertThat(ProcessControl.isAlive(dbPid.getAsLong())).isFalse();
      assertThat(state.pid("kafka")).isEmpty();
      ports.forEach(port -> assertThat(Ports.isFree(port)).isTrue());
    } finally {
      launcher.run("down");
    }
  }

  /** A second stack on MUSEUM_DB_URL (the first stack's DB) starts no DB and never stops it. */
  private void externalDbIsUsedAndLeftAlone(Path root, Path dbDir, int dbPort) {
    DbAccess db = DbAccess.embedded(dbPort, dbDir);
    List<Integer> kafkaPorts = Ports.free(2);
    Map<String, String> env =
        Map.of(
            "MUSEUM_HOME", root.resolve("external").toString(),
            "KAFKA_PORT", kafkaPorts.get(0).toString(),
            "KAFKA_CONTROLLER_PORT", kafkaPorts.get(1).toString(),
            "MUSEUM_DB_URL", db.url(),
            "MUSEUM_DB_USER", db.user(),
            "MUSEUM_DB_PASSWORD", db.password());
    Launcher second = new Launcher(root, env, out);
    try {
      output.reset();
      assertThat(second.run("up")).isZero();
      assertThat(text()).contains("db          already running (external)").contains("(external)");
      output.reset();
      assertThat(second.run("status")).isZero();
      assertThat(text()).containsPattern("db\\s+-\\s+" + dbPort + "\\s+external, reachable");
    } finally {
      second.run("down");
    }
    assertThat(db.canConnect()).isTrue();
  }

  private String text() {
    return output.toString(StandardCharsets.UTF_8);
  }
}

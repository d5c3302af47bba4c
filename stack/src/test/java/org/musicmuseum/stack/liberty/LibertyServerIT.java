package org.musicmuseum.stack.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.stack.StackException;
import org.musicmuseum.stack.StackLayout;
import org.musicmuseum.stack.TestDirs;

class LibertyServerIT {

  private static final Duration READY = Duration.ofMinutes(3);

  @Test
  void startsWaitsStopsAndIsKilled() throws Exception {
    Path work = TestDirs.fresh("liberty");
    int port = Ports.free();
    LibertyServer server =
        new LibertyServer(
            libertyHome(),
            "probe",
            work.resolve("user"),
            work.resolve("logs"),
            port,
            Map.of("SOME_SETTING", "x"));
    try {
      server.prepare(
          testConfig(),
          null,
          org.musicmuseum.stack.TestDirs.projectRoot().resolve("liberty-config"));
      assertThat(work.resolve("user/servers/probe/server.xml")).exists();
      assertThat(work.resolve("user/shared/jvm.options")).content().contains("-XX:+UseSerialGC");
      try (var jars = Files.list(work.resolve("user/shared/resources/jdbc"))) {
        assertThat(jars.map(p -> p.getFileName().toString()))
            .anyMatch(n -> n.startsWith("mysql-connector-j"));
      }

      server.start();
      assertThat(server.isRunning()).isTrue();
      assertThat(server.pid()).isPresent();
      server.awaitReady(READY);
      assertThat(server.isReady()).isTrue();
      assertThat(server.logFile()).exists();

      server.stop();
      assertThat(server.isRunning()).isFalse();
      assertThat(Ports.isFree(port)).isTrue();

      server.start();
      server.awaitReady(READY);
      long pid = server.pid().orElseThrow();
      server.kill();
      assertThat(server.isRunning()).isFalse();
      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    } finally {
      server.stop();
    }
  }

  @Test
  void aServerThatCannotBecomeReadyReportsItsLog() throws Exception {
    Path work = TestDirs.fresh("liberty-bad");
    Path config = Files.createDirectories(work.resolve("config"));
    Files.writeString(
        config.resolve("server.xml"),
        "<server><featureManager><feature>noSuchFeature-9.9</feature>"
            + "</featureManager><httpEndpoint id=\"defaultHttpEndpoint\" httpPort=\"${http.port}\" httpsPort=\"-1\"/>"
            + "</server>");
    LibertyServer server =
        new LibertyServer(
            libertyHome(),
            "broken",
            work.resolve("user"),
            work.resolve("logs"),
            Ports.free(),
            Map.of());
    try {
      server.prepare(config, null, null);
      server.start();
      assertThatThrownBy(() -> server.awaitReady(Duration.ofSeconds(20)))
          .isInstanceOf(StackException.class)
          .hasMessageContaining("broken")
          .hasMessageContaining("messages.log");
    } finally {
      server.stop();
    }
    assertThat(server.isRunning()).isFalse();
  }

  static Path libertyHome() {
    return StackLayout.defaultLibertyHome(
        org.musicmuseum.stack.TestDirs.projectRoot(), System.getenv());
  }

  static Path testConfig() throws Exception {
    return Path.of(LibertyServerIT.class.getResource("/liberty/test-server").toURI());
  }
}

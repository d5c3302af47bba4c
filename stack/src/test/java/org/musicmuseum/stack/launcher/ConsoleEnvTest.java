package org.musicmuseum.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.stack.Services;

class ConsoleEnvTest {

  @Test
  void aMovedPortMovesTheConsolesUrlUnlessItIsSetAlready() {
    Map<String, String> env =
        Map.of(
            "PROCESSING_PORT", "28100",
            "AUDIT_PORT", "28200",
            "MUSEUM_AUDIT_URL", "http://audit.example/audit_log");

    assertThat(ConsoleEnv.of(env))
        .containsExactly(Map.entry("MUSEUM_PROCESSING_URL", "http://localhost:28100/processing"));
  }

  @Test
  void theDashboardsPortMovesTheUrlOfItsLiveUpdates() {
    assertThat(ConsoleEnv.of(Map.of("DASHBOARD_PORT", "23000")))
        .containsExactly(Map.entry("MUSEUM_DASHBOARD_URL", "http://localhost:23000"));
  }

  @Test
  void theScriptGetsThemAsExports(@TempDir Path root) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    int rc = new Launcher(root, Map.of("HEALTH_PORT", "28120"), out).run("console-env");

    assertThat(rc).isZero();
    assertThat(output.toString(StandardCharsets.UTF_8))
        .isEqualTo("export MUSEUM_HEALTH_URL='http://localhost:28120/healthcheck'\n");
  }

  @Test
  void theCiGetsOneImageLinePerService(@TempDir Path root) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    int rc = new Launcher(root, Map.of(), out).run("images");

    assertThat(rc).isZero();
    assertThat(output.toString(StandardCharsets.UTF_8).lines())
        .hasSize(Services.ALL.size())
        .contains("storage:storage-war:storage:8090", "dashboard:dashboard-web:dashboard:3000");
  }

  @Test
  void theScriptGetsAServicesModule(@TempDir Path root) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    int rc = new Launcher(root, Map.of(), out).run("module", "dashboard");

    assertThat(rc).isZero();
    assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo("dashboard-web\n");
  }

  @Test
  void withoutPortVariablesTheConsoleKeepsItsDefaults() {
    assertThat(ConsoleEnv.of(Map.of("HEALTH_PORT", ""))).isEmpty();
  }
}

package org.musicmuseum.stack.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry defaults of liberty-config/env/server.env, as Liberty's server script reads
 * that file (it sources it with sh, because of its enable_variable_expansion line).
 */
class TelemetryDefaultsTest {

  private static final Path SERVER_ENV =
      Path.of("..", "liberty-config").resolve(LibertyFiles.SHARED_SERVER_ENV);

  /** The OTEL_ variables after sourcing the file in an environment holding only {@code given}. */
  private static Map<String, String> sourced(Map<String, String> given)
      throws IOException, InterruptedException {
    ProcessBuilder sh =
        new ProcessBuilder("sh", "-c", "set -a; . \"$1\"; env", "sh", SERVER_ENV.toString());
    sh.environment().clear();
    sh.environment().putAll(given);
    Process process = sh.redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    Map<String, String> env = new HashMap<>();
    out.lines()
        .filter(line -> line.startsWith("OTEL_"))
        .forEach(
            line ->
                env.put(
                    line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
    return env;
  }

  @Test
  void withoutAnEndpointTheSdkPropagatesAndExportsNothing() throws Exception {
    Map<String, String> env = sourced(Map.of());

    assertThat(env)
        .containsEntry("OTEL_SDK_DISABLED", "false")
        .containsEntry("OTEL_TRACES_EXPORTER", "none")
        .containsEntry("OTEL_METRICS_EXPORTER", "none")
        .containsEntry("OTEL_LOGS_EXPORTER", "none");
  }

  @Test
  void anEndpointAloneTurnsOnOtlpTraceExportButNeverMetricsOrLogs() throws Exception {
    Map<String, String> env = sourced(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel:4317"));

    assertThat(env)
        .containsEntry("OTEL_TRACES_EXPORTER", "otlp")
        .containsEntry("OTEL_METRICS_EXPORTER", "none")
        .containsEntry("OTEL_LOGS_EXPORTER", "none");
  }

  @Test
  void whatTheEnvironmentSetsExplicitlyWins() throws Exception {
    Map<String, String> env =
        sourced(
            Map.of(
                "OTEL_TRACES_EXPORTER", "logging",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel:4317",
                "OTEL_SDK_DISABLED", "true"));

    assertThat(env)
        .containsEntry("OTEL_TRACES_EXPORTER", "logging")
        .containsEntry("OTEL_SDK_DISABLED", "true");
  }
}

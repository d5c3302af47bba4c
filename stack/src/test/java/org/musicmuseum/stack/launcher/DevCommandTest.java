package org.musicmuseum.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.Services;
import org.musicmuseum.stack.StackException;

class DevCommandTest {

  private static final Map<String, String> CONNECTION =
      Map.of(
          "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092",
          "DB_URL", "jdbc:mysql://127.0.0.1:3306/museum?sslMode=DISABLED",
          "STORAGE_URL", "http://localhost:8090/storage");

  private final PrintStream out =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void theDashboardsOfTheStackAndOfDevModeMayCallTheService() {
    Map<String, String> exports = DevCommand.exports(CONNECTION, OptionalInt.of(3456), Map.of());

    assertThat(exports)
        .containsAllEntriesOf(CONNECTION)
        .containsEntry(
            "CORS_ALLOWED_ORIGINS",
            "http://localhost:3456,http://127.0.0.1:3456,"
                + "http://localhost:13000,http://127.0.0.1:13000");
    assertThat(DevCommand.exports(CONNECTION, OptionalInt.empty(), Map.of()))
        .containsEntry(
            "CORS_ALLOWED_ORIGINS",
            "http://localhost:3000,http://127.0.0.1:3000,"
                + "http://localhost:13000,http://127.0.0.1:13000");
  }

  @Test
  void aVariableAlreadySetWinsUnlessEmpty() {
    Map<String, String> env =
        Map.of(
            "STORAGE_URL", "http://localhost:18090/storage", "CORS_ALLOWED_ORIGINS", "", "X", "y");

    Map<String, String> exports = DevCommand.exports(CONNECTION, OptionalInt.empty(), env);

    assertThat(exports)
        .containsEntry("STORAGE_URL", "http://localhost:18090/storage")
        .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
        .doesNotContainKey("X");
    assertThat(exports.get("CORS_ALLOWED_ORIGINS")).startsWith("http://localhost:3000,");
  }

  @Test
  void thePlanSaysWhereDevModeServesAndExecsLibertyDevOnThePortPlusTenThousand() {
    ServiceSpec storage = Services.byName("storage");
    List<String> command = new ArrayList<>(List.of("./mvnw", "-pl", "storage-war", "liberty:dev"));
    int port = DevCommand.devPortOf(storage, command);

    String script =
        DevCommand.plan(
                storage,
                command,
                port,
                DevCommand.exports(CONNECTION, OptionalInt.empty(), Map.of()))
            .render();

    assertThat(port).isEqualTo(18090);
    assertThat(script)
        .contains(
            "echo 'dev mode: storage on http://localhost:18090/storage/ (readiness:"
                + " http://localhost:18090/health/ready)'",
            "echo '  against kafka 127.0.0.1:9092, db jdbc:mysql://127.0.0.1:3306/museum;"
                + " type q + Enter to quit'",
            "export STORAGE_URL='http://localhost:8090/storage'",
            "unset HTTP_PORT DATA_DIR",
            "exec './mvnw' '-pl' 'storage-war' 'liberty:dev' '-Dliberty.var.http.port=18090'")
        .doesNotContain("the page calls");
  }

  @Test
  void aPortGivenToMavenIsTheDevPortAndTheDashboardIsToldAboutCors() {
    ServiceSpec dashboard = Services.byName("dashboard");
    List<String> command =
        new ArrayList<>(
            List.of(
                "./mvnw", "-pl", "dashboard-web", "liberty:dev", "-Dliberty.var.http.port=4000"));
    int port = DevCommand.devPortOf(dashboard, command);

    String script = DevCommand.plan(dashboard, command, port, CONNECTION).render();

    assertThat(port).isEqualTo(4000);
    assertThat(script)
        .contains(
            "echo 'dev mode: dashboard on http://localhost:4000/ (readiness:",
            "echo '  the page calls processing, health and audit from the browser: their CORS must"
                + " allow'",
            "echo '  http://localhost:4000 (start the stack with CORS_ALLOWED_ORIGINS, see README)'",
            "exec './mvnw' '-pl' 'dashboard-web' 'liberty:dev' '-Dliberty.var.http.port=4000'\n");
  }

  @Test
  void withoutAServiceOrWithAnUnknownOneItNamesTheServices(@TempDir Path root) {
    Launcher launcher = new Launcher(root, Map.of(), out);

    assertThatThrownBy(() -> launcher.run("dev"))
        .isInstanceOf(StackException.class)
        .hasMessage(
            "usage: ./museum dev <service> [maven args]; services: receiver, storage, processing,"
                + " health, audit, dashboard");
    assertThatThrownBy(() -> launcher.run("dev", "nope"))
        .hasMessage(
            "unknown service 'nope'; known: receiver, storage, processing, health, audit,"
                + " dashboard (or their modules, e.g. storage-war)");
  }

  @Test
  void aStackThatIsNotUpIsNamedByItsFirstMissingPart(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("receiver-war"));
    Launcher launcher = new Launcher(root, Map.of(), out);

    assertThatThrownBy(() -> launcher.run("dev", "storage-war"))
        .hasMessage("the stack is not up (kafka: stopped); start it with ./museum up");
    assertThatThrownBy(() -> launcher.run("port", "receiver"))
        .hasMessage("the receiver is not up (receiver: stopped); start the stack with ./museum up");
  }
}

package org.musicmuseum.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.Services;
import org.musicmuseum.stack.StackLayout;
import org.musicmuseum.stack.StackPorts;
import org.musicmuseum.stack.db.DbAccess;

class ComponentsTest {

  private static final String CORS = "CORS_ALLOWED_ORIGINS";

  @TempDir Path dir;

  @BeforeEach
  void environmentLeavesCorsToTheStack() {
    assumeTrue(System.getenv(CORS) == null, "CORS_ALLOWED_ORIGINS is set in this environment");
  }

  private Map<String, String> envOfStorage(List<String> names, Map<String, String> extra) {
    List<ServiceSpec> specs = names.stream().map(Services::byName).toList();
    StackPorts ports =
        StackPorts.fromEnv(Map.of("DASHBOARD_PORT", "3456", "STORAGE_PORT", "9999"), specs);
    StackOptions options =
        new StackOptions(
            DbAccess.external(Map.of("MUSEUM_DB_URL", "jdbc:mysql://db.invalid/museum")),
            extra,
            OptionalLong.empty(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    Components components =
        new Components(new StackLayout(dir, dir.resolve("home"), dir), ports, specs, options);
    return components.serviceEnv(Services.byName("storage"));
  }

  @Test
  void withTheDashboardEveryServiceAllowsItsOrigins() {
    Map<String, String> env = envOfStorage(List.of("storage", "dashboard"), Map.of());

    assertThat(env)
        .containsEntry(CORS, "http://localhost:3456,http://127.0.0.1:3456")
        .containsEntry("DASHBOARD_URL", "http://localhost:3456")
        .containsEntry("STORAGE_URL", "http://localhost:9999/storage");
  }

  @Test
  void everyDashboardServersOriginIsAllowed() {
    ServiceSpec dashboard = Services.byName("dashboard");
    List<ServiceSpec> specs = List.of(Services.byName("storage"), dashboard, dashboard.replica(2));
    StackPorts ports = StackPorts.random(specs);

    assertThat(DashboardOrigins.of(specs, ports))
        .contains(DashboardOrigins.at(ports.get("dashboard"), ports.get("dashboard-2")));
    assertThat(DashboardOrigins.at(3000, 3001))
        .isEqualTo(
            "http://localhost:3000,http://127.0.0.1:3000,http://localhost:3001,http://127.0.0.1:3001");
  }

  @Test
  void aReplicaGetsNoUrlVariableOfItsOwn() {
    ServiceSpec storage = Services.byName("storage");
    List<ServiceSpec> specs = List.of(storage, storage.replica(2));
    StackOptions options =
        new StackOptions(
            DbAccess.external(Map.of("MUSEUM_DB_URL", "jdbc:mysql://db.invalid/museum")),
            Map.of(),
            OptionalLong.empty(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    Components components =
        new Components(
            new StackLayout(dir, dir.resolve("home"), dir),
            StackPorts.random(specs),
            specs,
            options);

    Map<String, String> env = components.serviceEnv(storage.replica(2));

    assertThat(env).containsKey("STORAGE_URL").doesNotContainKey("STORAGE-2_URL");
    assertThat(env.get("DATA_DIR")).endsWith("storage-2");
  }

  @Test
  void originsGivenByTheCallerWin() {
    Map<String, String> env =
        envOfStorage(List.of("storage", "dashboard"), Map.of(CORS, "https://museum.example"));

    assertThat(env).containsEntry(CORS, "https://museum.example");
  }

  private Components components(OptionalInt partitions) {
    List<ServiceSpec> specs = List.of(Services.byName("storage"));
    StackOptions options =
        new StackOptions(
            DbAccess.external(Map.of("MUSEUM_DB_URL", "jdbc:mysql://db.invalid/museum")),
            Map.of(),
            OptionalLong.empty(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            Map.of(),
            partitions);
    return new Components(
        new StackLayout(dir, dir.resolve("home"), dir), StackPorts.random(specs), specs, options);
  }

  @Test
  void kafkaCreatesTheTopicWithTheGivenPartitionsElseTheDefault() {
    assumeTrue(
        System.getenv(Topics.PARTITIONS_VARIABLE) == null,
        "TOPIC_PARTITIONS is set in this environment");

    assertThat(components(OptionalInt.of(3)).partitions()).isEqualTo(3);
    assertThat(components(OptionalInt.empty()).partitions()).isEqualTo(Topics.DEFAULT_PARTITIONS);
  }

  @Test
  void withoutTheDashboardTheServersKeepTheirDefault() {
    Map<String, String> env = envOfStorage(List.of("storage"), Map.of());

    assertThat(env).doesNotContainKey(CORS).containsKey("DATA_DIR");
  }
}

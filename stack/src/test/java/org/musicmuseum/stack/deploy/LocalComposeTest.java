package org.musicmuseum.stack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.TestDirs;

/**
 * deploy/compose.yaml with deploy/local/compose.local.yaml over it, as ./museum deploy reads them:
 * everything on the host network at 127.0.0.1, each port once and movable, and the production file
 * still on the official images.
 */
class LocalComposeTest {

  private static final Path ROOT = TestDirs.projectRoot();
  private static final Pattern SERVICE_HOST =
      Pattern.compile(
          "(//|^)(kafka|mysql|receiver-\\d|storage|processing|audit|health|dashboard):\\d+");

  private static ComposeProject project(List<Path> files, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("MYSQL_PASSWORD", "pw");
    env.put("KEYSTORE_PASSWORD", "ks");
    env.put("JWT_PUBLIC_KEY_FILE", "/keys/public.pem");
    env.put("DEPLOY_GATEWAY_CONF", "/state/nginx.conf");
    env.put("JRE_BASE_IMAGE", DebianBase.JRE.image());
    env.put("MARIADB_BASE_IMAGE", DebianBase.MARIADB.image());
    env.put("NGINX_BASE_IMAGE", DebianBase.NGINX.image());
    env.put("LIBERTY_BASE_IMAGE", "localhost/music-museum/liberty-base:test");
    env.putAll(extra);
    return ComposeProject.load(files, env, Optional.of("check"));
  }

  private static ComposeProject local() {
    return project(DeployCommand.composeFiles(ROOT), Map.of());
  }

  @Test
  void everyServiceRunsOnTheHostNetworkAndNamesNoServiceHost() {
    for (ServiceDef service : local().services()) {
      assertThat(service.hostNetwork()).as(service.name()).isTrue();
      service
          .environment()
          .forEach(
              (name, value) ->
                  assertThat(SERVICE_HOST.matcher(value).find())
                      .as("%s %s=%s names a compose service host", service.name(), name, value)
                      .isFalse());
    }
  }

  @Test
  void eachPortIsListenedOnOnceAndMovedByAVariableOfItsOwn() {
    List<Integer> ports = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    for (ServiceDef service : local().services()) {
      for (ServiceDef.Listen listen : service.listens()) {
        ports.add(listen.port());
        variables.add(listen.variable());
      }
      String httpPort = service.environment().get("HTTP_PORT");
      if (httpPort != null) {
        assertThat(service.listens())
            .as("%s listens on its HTTP_PORT", service.name())
            .extracting(ServiceDef.Listen::port)
            .contains(Integer.parseInt(httpPort));
      }
    }
    assertThat(ports).doesNotHaveDuplicates();
    assertThat(variables).doesNotHaveDuplicates().allMatch(v -> v.matches("DEPLOY_\\w+_PORT"));
    assertThat(DeployCommand.portVariables(ROOT)).containsExactlyElementsOf(variables);
  }

  @Test
  void aPortVariableMovesThePortAndEveryAddressThatNamesIt() {
    ComposeProject moved =
        project(
            DeployCommand.composeFiles(ROOT),
            Map.of("DEPLOY_STORAGE_PORT", "18090", "DEPLOY_KAFKA_PORT", "19092"));
    assertThat(moved.service("storage").listens())
        .extracting(ServiceDef.Listen::port)
        .containsExactly(18090);
    assertThat(moved.service("processing").environment())
        .containsEntry("STORAGE_URL", "http://127.0.0.1:18090/storage")
        .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
  }

  @Test
  void bothFilesCreateTheTopicWithTopicPartitionsDefaultingToTheOneDefault() {
    String byDefault = Integer.toString(Topics.DEFAULT_PARTITIONS);
    ComposeProject production = project(List.of(ROOT.resolve("deploy/compose.yaml")), Map.of());
    assertThat(String.join(" ", production.service("kafka-init").command()))
        .contains("--topic " + Topics.MUSIC_EVENTS + " --partitions " + byDefault + " ");
    assertThat(local().service("kafka").environment())
        .containsEntry(Topics.PARTITIONS_VARIABLE, byDefault);

    Map<String, String> three = Map.of(Topics.PARTITIONS_VARIABLE, "3");
    ComposeProject grown = project(List.of(ROOT.resolve("deploy/compose.yaml")), three);
    assertThat(String.join(" ", grown.service("kafka-init").command()))
        .contains("--topic " + Topics.MUSIC_EVENTS + " --partitions 3 ");
    assertThat(project(DeployCommand.composeFiles(ROOT), three).service("kafka").environment())
        .containsEntry(Topics.PARTITIONS_VARIABLE, "3");
  }

  @Test
  void theLibertyServicesBuildOnTheLocalBaseWithTheProductionRecipe() {
    for (ServiceDef service : local().services()) {
      service
          .build()
          .filter(b -> b.dockerfile().equals("Dockerfile.liberty"))
          .ifPresent(
              build ->
                  assertThat(build.args())
                      .as(service.name())
                      .containsEntry("BASE_IMAGE", "localhost/music-museum/liberty-base:test")
                      .containsKeys("MODULE", "WAR", "HTTP_PORT"));
    }
    assertThat(local().services())
        .filteredOn(
            s -> s.build().map(b -> b.dockerfile().equals("Dockerfile.liberty")).orElse(false))
        .hasSize(7);
  }

  @Test
  void productionKeepsTheOfficialImagesAndTheOverrideSwapsInLocalOnes() {
    ComposeProject production = project(List.of(ROOT.resolve("deploy/compose.yaml")), Map.of());
    assertThat(production.service("kafka").image()).startsWith("apache/kafka:");
    assertThat(production.service("mysql").image()).startsWith("mysql:");
    assertThat(production.service("gateway").image()).startsWith("nginx:");
    assertThat(production.service("storage").build().orElseThrow().args())
        .doesNotContainKey("BASE_IMAGE");
    for (String standIn : List.of("kafka", "kafka-init", "mysql", "gateway")) {
      assertThat(local().service(standIn).image())
          .as(standIn)
          .startsWith("localhost/music-museum/");
    }
  }

  @Test
  void servicesStartAfterWhatTheyDependOn() {
    ComposeProject project = local();
    List<String> order =
        new Deployment(null, project, System.out).order().stream().map(ServiceDef::name).toList();
    for (ServiceDef service : project.services()) {
      for (String dep : service.dependsOn().keySet()) {
        assertThat(order.indexOf(dep))
            .as("%s before %s", dep, service.name())
            .isLessThan(order.indexOf(service.name()));
      }
    }
  }

  @Test
  void aServiceRunsWithItsEnvironmentSecretsVolumesAndHealthCheck() {
    ComposeProject project = local();
    List<String> args = new Containers(null, project).runArguments(project.service("mysql"));
    assertThat(args)
        .containsSequence("--name", "check-mysql")
        .containsSequence("--network", "host", "--restart", "unless-stopped")
        .containsSequence("-e", "MYSQL_PASSWORD=pw")
        .containsSequence("-v", "check_mysql-data:/var/lib/mysql")
        .contains("--health-cmd")
        .endsWith("--port=3306");
    List<String> receiver =
        new Containers(null, project).runArguments(project.service("receiver-1"));
    assertThat(receiver)
        .containsSequence("-v", "/keys/public.pem:/run/secrets/jwt-public-key:ro")
        .containsSequence("-e", "HTTP_PORT=8080")
        .contains("music-museum/receiver:latest");
  }
}

package org.musicmuseum.system.deploy;

import static org.musicmuseum.system.deploy.DeployFiles.JDBC_MYSQL;
import static org.musicmuseum.system.deploy.DeployFiles.assertNoProblems;
import static org.musicmuseum.system.deploy.DeployFiles.list;
import static org.musicmuseum.system.deploy.DeployFiles.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;

/**
 * Checks deploy/compose.yaml beyond the Liberty services' build and environment: secrets come from
 * ${VAR:?…} (and deploy/.env is ignored by git), state lives in named volumes, and the Kafka topic
 * is created (with TOPIC_PARTITIONS partitions, by default Topics.DEFAULT_PARTITIONS) before the
 * services that use it start, each after its database is healthy.
 */
class ComposeFileTest {

  /** The MySQL image's yes/no settings whose names end in PASSWORD but hold no secret. */
  private static final Set<String> IMAGE_PASSWORD_SWITCHES =
      Set.of("MYSQL_RANDOM_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD");

  /** The partitions compose.yaml creates the music events' topic with, and their one default. */
  private static final String PARTITIONS =
      "${" + Topics.PARTITIONS_VARIABLE + ":-" + Topics.DEFAULT_PARTITIONS + "}";

  private static final Pattern MUSIC_EVENTS_PARTITIONS =
      Pattern.compile(
          "--topic\\s+"
              + Pattern.quote(Topics.MUSIC_EVENTS)
              + "\\s+--partitions\\s+"
              + Pattern.quote(PARTITIONS));

  private final DeployFiles files = DeployFiles.load();

  @Test
  void composeKeepsSecretsOutOfTheFile() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String svc : files.services.keySet()) {
      for (var env : files.environment(svc).entrySet()) {
        if (env.getKey().toUpperCase(Locale.ROOT).endsWith("PASSWORD")
            && !IMAGE_PASSWORD_SWITCHES.contains(env.getKey())
            && !env.getValue().matches("^\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]*}$")) {
          problems.add(
              "Service "
                  + svc
                  + " sets "
                  + env.getKey()
                  + " to '"
                  + env.getValue()
                  + "' instead of ${VARIABLE:?message}, which keeps the secret out of the file and"
                  + " stops compose when it is missing.");
        }
      }
    }
    String gitignore = files.read(".gitignore");
    if (!gitignore
        .lines()
        .map(String::strip)
        .anyMatch(l -> l.equals(".env") || l.equals("deploy/.env"))) {
      problems.add(".gitignore does not ignore deploy/.env, where the database password may be.");
    }
    assertNoProblems(problems);
  }

  @Test
  void composeKeepsStateInNamedVolumes() {
    List<String> problems = new ArrayList<>();
    Set<String> declaredVolumes = map(files.compose.getOrDefault("volumes", Map.of())).keySet();
    for (String svc : files.services.keySet()) {
      Map<String, String> mounts = new LinkedHashMap<>(); // target -> source
      for (Object volume : list(files.services.get(svc).get("volumes"))) {
        String[] parts = String.valueOf(volume).split(":");
        if (parts.length >= 2) {
          mounts.put(parts[1], parts[0]);
          boolean named = !parts[0].startsWith(".") && !parts[0].startsWith("/");
          if (named && !declaredVolumes.contains(parts[0])) {
            problems.add(
                "Service "
                    + svc
                    + " mounts the volume "
                    + parts[0]
                    + ", which the top-level volumes of compose.yaml do not declare.");
          }
        }
      }
      String dataDir = files.environment(svc).get("DATA_DIR");
      if (dataDir != null) {
        String source = mounts.get(dataDir);
        if (source == null || !declaredVolumes.contains(source)) {
          problems.add(
              "Service "
                  + svc
                  + " keeps its files in DATA_DIR="
                  + dataDir
                  + ", but no named volume is mounted there, so they are lost with the container.");
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void composeCreatesTheTopicsBeforeTheirUsersStart() {
    List<String> problems = new ArrayList<>();
    String kafkaImage = "apache/kafka:" + files.rootProperties.get("kafka.version");
    Set<String> kafkaServices = new TreeSet<>();
    files.services.forEach(
        (name, svc) -> {
          if (kafkaImage.equals(svc.get("image"))) {
            kafkaServices.add(name);
          }
        });
    if (kafkaServices.isEmpty()) {
      problems.add(
          "compose.yaml runs no "
              + kafkaImage
              + " (the Kafka version of the build, kafka.version).");
    }
    boolean topicCreated = false;
    boolean updatesCreated = false;
    for (String name : kafkaServices) {
      Map<String, String> env = files.environment(name);
      if (env.containsKey("KAFKA_PROCESS_ROLES")
          && !"false".equals(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))) {
        problems.add(
            "The broker "
                + name
                + " creates topics automatically; the stack creates "
                + Topics.MUSIC_EVENTS
                + " on purpose (KAFKA_AUTO_CREATE_TOPICS_ENABLE=false).");
      }
      String command =
          String.join(
              " ",
              list(files.services.get(name).get("command")).stream().map(String::valueOf).toList());
      if (command.contains("--create")
          && MUSIC_EVENTS_PARTITIONS.matcher(command).find()
          && Topics.musicEventsTopicConfig().entrySet().stream()
              .allMatch(c -> command.contains("--config " + c.getKey() + "=" + c.getValue()))) {
        topicCreated = true;
      }
      if (command.contains("--create")
          && command.contains("--topic " + Topics.UPDATES + " ")
          && Topics.updatesTopicConfig().entrySet().stream()
              .allMatch(c -> command.contains("--config " + c.getKey() + "=" + c.getValue()))) {
        updatesCreated = true;
      }
    }
    if (!updatesCreated) {
      problems.add(
          "No compose service creates the updates topic "
              + Topics.UPDATES
              + " with "
              + Topics.updatesTopicConfig()
              + ".");
    }
    if (!topicCreated) {
      problems.add(
          "No compose service creates the topic "
              + Topics.MUSIC_EVENTS
              + " with "
              + Topics.musicEventsTopicConfig()
              + " and --partitions "
              + PARTITIONS
              + ": "
              + Topics.PARTITIONS_VARIABLE
              + " partitions, by default Topics.DEFAULT_PARTITIONS.");
    }
    for (var entry : files.libertyServices().entrySet()) {
      String svc = entry.getKey();
      Map<String, String> env = files.environment(svc);
      Map<String, Object> dependsOn = map(files.services.get(svc).get("depends_on"));
      if (env.containsKey("KAFKA_BOOTSTRAP_SERVERS")
          && dependsOn.entrySet().stream()
              .noneMatch(
                  d ->
                      kafkaServices.contains(d.getKey())
                          && "service_completed_successfully"
                              .equals(map(d.getValue()).get("condition")))) {
        problems.add(
            "Service "
                + svc
                + " uses Kafka but does not wait for the topic to be created"
                + " (depends_on … condition: service_completed_successfully).");
      }
      Matcher jdbc = JDBC_MYSQL.matcher(env.getOrDefault("DB_URL", ""));
      if (jdbc.matches()
          && !"service_healthy".equals(map(dependsOn.get(jdbc.group(1))).get("condition"))) {
        problems.add(
            "Service "
                + svc
                + " does not wait for its database "
                + jdbc.group(1)
                + " to be healthy (depends_on … condition: service_healthy).");
      }
    }
    assertNoProblems(problems);
  }
}

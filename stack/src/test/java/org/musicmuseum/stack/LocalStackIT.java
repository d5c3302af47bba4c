package org.musicmuseum.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.kafka.PartitionCount;

class LocalStackIT {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void runsKafkaDbAndAServiceAndSurvivesRestarts() throws Exception {
    Path root = FakeProject.create(TestDirs.fresh("fake-root"));
    Path work = TestDirs.fresh("local-stack");
    List<Integer> ports;

    try (LocalStack stack =
        LocalStack.builder().root(root).workDir(work).services("receiver").partitions(3).start()) {
      ports =
          List.of(
              stack.port("receiver"),
              stack.port("kafka"),
              stack.port("kafka-controller"),
              stack.port("db"));
      assertThat(stack.serviceUrl("receiver"))
          .isEqualTo("http://localhost:" + stack.port("receiver") + "/receiver");
      assertThat(get(stack.serviceUrl("receiver") + "/index.html")).isEqualTo(FakeProject.PAGE);
      assertThat(stack.partitions()).isEqualTo(3);
      assertThat(TopicPartitions.of(stack.kafkaBootstrap())).isEqualTo(3);
      try (Connection c =
              DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        s.execute("INSERT INTO t VALUES (1)");
      }
      Path serverDir = work.resolve("liberty/receiver");
      assertThat(serverDir.resolve("servers/receiver/apps/receiver.war")).exists();
      assertThat(stack.pid("receiver")).isPresent();
      assertThat(stack.pid("kafka")).isPresent();
      assertThat(stack.readyAfterStart("receiver"))
          .hasValueSatisfying(d -> assertThat(d).isPositive().isLessThan(Duration.ofMinutes(5)));
      assertThat(serverDir.resolve("shared/config/test-base.xml")).exists();
      assertThat(work.resolve("logs/receiver/messages.log")).exists();

      stack.killService("receiver");
      assertThat(get(stack.serviceUrl("receiver") + "/index.html")).isNull();
      stack.startService("receiver");
      assertThat(get(stack.serviceUrl("receiver") + "/index.html")).isEqualTo(FakeProject.PAGE);

      stack.stopService("receiver");
      assertThat(Ports.isFree(stack.port("receiver"))).isTrue();
      stack.startService("receiver");

      stack.restartDb();
      try (Connection c =
              DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }

      stack.restartKafka();
      assertThat(TopicPartitions.of(stack.kafkaBootstrap())).isEqualTo(3);
    }

    ports.forEach(port -> assertThat(Ports.isFree(port)).as("port %d after close", port).isTrue());
    try (var pidFiles = Files.list(work.resolve("run"))) {
      assertThat(pidFiles.filter(p -> p.toString().endsWith(".pid"))).isEmpty();
    }
  }

  @Test
  void anExistingTopicKeepsItsPartitionsAndKafkaSaysSo() throws Exception {
    Path root = FakeProject.create(TestDirs.fresh("fake-root"));
    Path work = TestDirs.fresh("local-stack-partitions");
    try (LocalStack stack = LocalStack.builder().root(root).workDir(work).partitions(2).start()) {
      assertThat(TopicPartitions.of(stack.kafkaBootstrap())).isEqualTo(2);
    }

    try (LocalStack stack = LocalStack.builder().root(root).workDir(work).partitions(4).start()) {
      assertThat(stack.partitions()).isEqualTo(4);
      assertThat(TopicPartitions.of(stack.kafkaBootstrap())).isEqualTo(2);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(Files.readString(work.resolve("logs/kafka.log")))
                      .contains(PartitionCount.mismatch(Topics.MUSIC_EVENTS, 2, 4)));
    }
  }

  private String get(String url) throws InterruptedException {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : null;
    } catch (IOException e) {
      return null;
    }
  }
}

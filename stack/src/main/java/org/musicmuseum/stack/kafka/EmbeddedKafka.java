package org.musicmuseum.stack.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigOp.OpType;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.musicmuseum.stack.CloseOnce;
import org.musicmuseum.stack.StackException;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one server) running in this JVM.
 * The log directory is formatted once; a restart on the same directory keeps every topic and
 * record.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private final CloseOnce closing = new CloseOnce();

  private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /** Formats {@code dataDir} if needed and starts the broker on 127.0.0.1:{@code port}. */
  public static EmbeddedKafka start(Path dataDir, int port, int controllerPort) {
    try {
      Files.createDirectories(dataDir);
      Properties props = KafkaSettings.singleNode(dataDir.resolve("log"), port, controllerPort);
      Path configFile = dataDir.resolve("server.properties");
      try (OutputStream out = Files.newOutputStream(configFile)) {
        props.store(out, "written by the Music Museum stack on every start");
      }
      formatIfNeeded(dataDir.resolve("log"), configFile);
      KafkaRaftServer server =
          new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
      server.startup();
      return new EmbeddedKafka(server, "127.0.0.1:" + port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka directory " + dataDir, e);
    }
  }

  private static void formatIfNeeded(Path logDir, Path configFile) {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    String[] args = {
      "format",
      "--cluster-id",
      Uuid.randomUuid().toString(),
      "--config",
      configFile.toString(),
      "--ignore-formatted"
    };
    int rc = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    if (rc != 0) {
      throw new StackException(
          "formatting Kafka storage "
              + logDir
              + " failed: "
              + output.toString(StandardCharsets.UTF_8));
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * Creates the topic (replication factor 1) unless it exists already; answers how many partitions
   * it has, which for an existing topic may differ from {@code partitions}.
   */
  public int createTopicIfMissing(String name, int partitions) {
    return createTopicIfMissing(name, partitions, Map.of());
  }

  /**
   * Creates the topic with {@code configs} (replication factor 1) unless it exists already, when
   * its {@code configs} are set instead; answers how many partitions it has, which for an existing
   * topic may differ from {@code partitions}.
   */
  public int createTopicIfMissing(String name, int partitions, Map<String, String> configs) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      try {
        admin
            .createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs)))
            .all()
            .get(60, TimeUnit.SECONDS);
        return partitions;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new StackException("cannot create topic " + name, e.getCause());
        }
      }
      setConfigs(admin, name, configs);
      return admin
          .describeTopics(List.of(name))
          .allTopicNames()
          .get(60, TimeUnit.SECONDS)
          .get(name)
          .partitions()
          .size();
    } catch (ExecutionException e) {
      throw new StackException("cannot describe topic " + name, e.getCause());
    } catch (TimeoutException e) {
      throw new StackException("creating topic " + name + " timed out", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while creating topic " + name, e);
    }
  }

  private static void setConfigs(Admin admin, String topic, Map<String, String> configs)
      throws ExecutionException, InterruptedException, TimeoutException {
    if (configs.isEmpty()) {
      return;
    }
    List<AlterConfigOp> ops =
        configs.entrySet().stream()
            .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), OpType.SET))
            .toList();
    admin
        .incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops))
        .all()
        .get(60, TimeUnit.SECONDS);
  }

  /** Controlled shutdown; returns when every broker and controller thread has stopped. */
  @Override
  public void close() {
    closing.run(
        () -> {
          server.shutdown();
          server.awaitShutdown();
        });
  }
}

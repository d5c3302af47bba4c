package org.musicmuseum.stack.kafka;

import java.nio.file.Path;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.MainSupport;

/**
 * Separate process for the run command and the system tests: {@code KafkaMain <dataDir> <port>
 * <controllerPort> <topic> <updatesTopic>}: the broker, with the topic of the live updates and then
 * the topic of the music events created (the stack's probe waits for the latter), the latter with
 * {@value Topics#PARTITIONS_VARIABLE} partitions from the environment (see {@link PartitionCount}).
 */
public final class KafkaMain {

  private KafkaMain() {}

  public static void main(String[] args) throws InterruptedException {
    System.exit(
        MainSupport.serve(
            args,
            5,
            "KafkaMain <dataDir> <port> <controllerPort> <topic> <updatesTopic>",
            KafkaMain::start,
            (a, kafka) -> "READY kafka " + kafka.bootstrapServers()));
  }

  private static EmbeddedKafka start(String[] args) {
    int partitions = PartitionCount.fromEnv(System.getenv());
    EmbeddedKafka kafka =
        EmbeddedKafka.start(
            Path.of(args[0]),
            MainSupport.parsePort(args[1], "port"),
            MainSupport.parsePort(args[2], "controllerPort"));
    kafka.createTopicIfMissing(args[4], 1, Topics.updatesTopicConfig());
    int existing = kafka.createTopicIfMissing(args[3], partitions, Topics.musicEventsTopicConfig());
    if (existing != partitions) {
      System.out.println(PartitionCount.mismatch(args[3], existing, partitions));
    }
    return kafka;
  }
}

package org.musicmuseum.stack.kafka;

import java.nio.file.Path;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.MainSupport;

/**
 * Separate process for the run command and the system tests: {@code KafkaMain <dataDir> <port>
 * <controllerPort> <topic> <updatesTopic>}: the broker, with the topic of the live updates and then
 * the topic of the music events created (the stack's probe waits for the latter).
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
    EmbeddedKafka kafka =
        EmbeddedKafka.start(
            Path.of(args[0]),
            MainSupport.parsePort(args[1], "port"),
            MainSupport.parsePort(args[2], "controllerPort"));
    kafka.createTopicIfMissing(args[4], 1, Topics.updatesTopicConfig());
    kafka.createTopicIfMissing(args[3], Topics.DEFAULT_PARTITIONS);
    return kafka;
  }
}

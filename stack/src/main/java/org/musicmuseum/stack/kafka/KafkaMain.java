package org.musicmuseum.stack.kafka;

import java.nio.file.Path;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.MainSupport;

/**
 * Separate process for the run command and the system tests: {@code KafkaMain <dataDir> <port>
 * <controllerPort>}.
 */
public final class KafkaMain {

  private KafkaMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: KafkaMain <dataDir> <port> <controllerPort>");
      System.exit(2);
    }
    int port = MainSupport.parsePort(args[1], "port");
    int controllerPort = MainSupport.parsePort(args[2], "controllerPort");
    EmbeddedKafka kafka;
    try {
      kafka = EmbeddedKafka.start(Path.of(args[0]), port, controllerPort);
      kafka.createTopicIfMissing(Topics.MUSIC_EVENTS, Topics.DEFAULT_PARTITIONS);
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
      return;
    }
    MainSupport.runUntilStopped(kafka, "READY kafka " + kafka.bootstrapServers());
    System.exit(0);
  }
}

package org.musicmuseum.stack.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.musicmuseum.stack.MainSupport;

/** One quick readiness check of a broker: it answers the admin API and has the given topic. */
public final class KafkaProbe {

  private KafkaProbe() {}

  /**
   * {@code KafkaProbe <host> <port> <topic>}: exit 0 when the broker is ready with the topic, 1
   * when not (the health check of the Kafka image of ./museum deploy).
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: KafkaProbe <host> <port> <topic>");
      System.exit(2);
    }
    boolean ready = isReady(args[0], MainSupport.parsePort(args[1], "port"), args[2]);
    System.out.println(ready ? "ready" : "not ready");
    System.exit(ready ? 0 : 1);
  }

  public static boolean isReady(String host, int port, String topic) {
    if (!acceptsConnections(host, port)) {
      return false;
    }
    try (Admin admin = quickAdmin(host, port)) {
      admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
      admin.describeTopics(List.of(topic)).allTopicNames().get(3, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** How many partitions the topic has, when the broker answers within a few seconds. */
  public static OptionalInt partitions(String host, int port, String topic) {
    if (!acceptsConnections(host, port)) {
      return OptionalInt.empty();
    }
    try (Admin admin = quickAdmin(host, port)) {
      return OptionalInt.of(
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(3, TimeUnit.SECONDS)
              .get(topic)
              .partitions()
              .size());
    } catch (ExecutionException | TimeoutException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  private static Admin quickAdmin(String host, int port) {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, host + ":" + port,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
  }

  static boolean acceptsConnections(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

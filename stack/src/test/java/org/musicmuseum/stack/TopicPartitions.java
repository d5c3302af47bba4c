package org.musicmuseum.stack;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.musicmuseum.events.Topics;

/** How many partitions the broker says the music-events topic has. */
public final class TopicPartitions {

  private TopicPartitions() {}

  public static int of(String bootstrap) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      return admin
          .describeTopics(List.of(Topics.MUSIC_EVENTS))
          .allTopicNames()
          .get(30, TimeUnit.SECONDS)
          .get(Topics.MUSIC_EVENTS)
          .partitions()
          .size();
    }
  }
}

package org.musicmuseum.health.domain;

import java.util.List;
import java.util.Map;

/**
 * What the broker knows about a topic's partitions and a group's position in them (Kafka's admin
 * client in the service, maps in the tests). A method that cannot answer throws a RuntimeException.
 */
public interface OffsetSource {

  /** The partition numbers of the topic. */
  List<Integer> partitions(String topic);

  /**
   * The group's committed offsets in the topic, by partition; a partition without one is absent.
   */
  Map<Integer, Long> committed(String group, String topic);

  /** The first offset each partition still holds (retention may have removed older records). */
  Map<Integer, Long> earliest(String topic, List<Integer> partitions);

  /** The end of each partition as a read_committed consumer sees it (the last stable offset). */
  Map<Integer, Long> latest(String topic, List<Integer> partitions);
}

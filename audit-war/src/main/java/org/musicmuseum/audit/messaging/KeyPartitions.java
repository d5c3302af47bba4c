package org.musicmuseum.audit.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition a record key goes to under Kafka's default partitioner, which the receiver's
 * producer uses (it sets no {@code partitioner.class}): murmur2 of the key's bytes, made positive,
 * modulo the partition count. The receiver's key is the trace id as UTF-8 text.
 */
public final class KeyPartitions {

  private KeyPartitions() {}

  /** The partition of {@code traceId} in a topic of {@code partitions} partitions. */
  public static int of(String traceId, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("a topic has at least one partition");
    }
    byte[] key = traceId.getBytes(StandardCharsets.UTF_8);
    return Utils.toPositive(Utils.murmur2(key)) % partitions;
  }
}

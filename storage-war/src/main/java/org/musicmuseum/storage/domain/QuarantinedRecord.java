package org.musicmuseum.storage.domain;

import java.util.Arrays;

/**
 * A record that could not be read or stored, kept for an operator.
 *
 * @param topic where it was read
 * @param partition its partition
 * @param offset its offset
 * @param key its key as text; Kafka allows records without a key, so this may be {@code null}
 * @param value the first {@link #MAX_KEPT_BYTES} bytes of its value (empty for a null value)
 * @param valueSize the full size of its value
 * @param reason why it was quarantined
 */
public record QuarantinedRecord(
    String topic,
    int partition,
    long offset,
    String key,
    byte[] value,
    int valueSize,
    String reason) {

  /** How much of a poison value is kept. */
  public static final int MAX_KEPT_BYTES = 64 * 1024;

  /** Longest reason kept (the column's width). */
  public static final int MAX_REASON_LENGTH = 2000;

  public QuarantinedRecord {
    value = Arrays.copyOf(value, Math.min(value.length, MAX_KEPT_BYTES));
    reason = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
    key = key != null && key.length() > 255 ? key.substring(0, 255) : key;
  }

  /** The same record quarantined for another reason. */
  public QuarantinedRecord because(String otherReason) {
    return new QuarantinedRecord(topic, partition, offset, key, value, valueSize, otherReason);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QuarantinedRecord q
        && topic.equals(q.topic)
        && partition == q.partition
        && offset == q.offset;
  }

  @Override
  public int hashCode() {
    return topic.hashCode() * 31 * 31 + partition * 31 + Long.hashCode(offset);
  }

  @Override
  public String toString() {
    return "QuarantinedRecord[" + topic + "-" + partition + "@" + offset + ": " + reason + "]";
  }
}

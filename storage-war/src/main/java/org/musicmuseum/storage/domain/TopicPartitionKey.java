package org.musicmuseum.storage.domain;

/**
 * A partition of a topic (a plain value, so the domain needs no Kafka classes).
 *
 * @param topic the topic
 * @param partition the partition number
 */
public record TopicPartitionKey(String topic, int partition) {}

package org.musicmuseum.health.domain;

/**
 * How far one consumer group is behind on one partition.
 *
 * @param group the consumer group
 * @param topic the topic
 * @param partition the partition number
 * @param lag records between the group's position and the partition's end (never negative)
 */
public record PartitionLag(String group, String topic, int partition, long lag) {}

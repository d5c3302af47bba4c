package org.musicmuseum.console.model;

/**
 * One event of the Kafka log as audit returns it.
 *
 * @param type which kind was asked for
 * @param index its index among the events of that kind
 * @param eventJson the event as it is on the topic, pretty-printed
 * @param partition its partition
 * @param offset its offset in that partition
 * @param timestamp the record's timestamp as audit gives it
 */
public record AuditEntry(
    AuditType type, long index, String eventJson, int partition, long offset, String timestamp) {}

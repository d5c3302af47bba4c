package org.musicmuseum.storage.domain;

import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.MusicEvent;

/**
 * A valid event with where it was read from in Kafka.
 *
 * @param envelope the event
 * @param topic its topic
 * @param partition its partition
 * @param offset its offset
 */
public record StoredEvent(
    EventEnvelope<MusicEvent> envelope, String topic, int partition, long offset) {}

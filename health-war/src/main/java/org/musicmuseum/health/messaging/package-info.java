/**
 * Kafka: the storage group's offsets read through an admin client, for the lag exporter; the
 * statuses published to the updates topic.
 */
package org.musicmuseum.health.messaging;

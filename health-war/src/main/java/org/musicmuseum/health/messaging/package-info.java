/** Kafka: the storage group's offsets read through an admin client, for the lag exporter. */
package org.musicmuseum.health.messaging;

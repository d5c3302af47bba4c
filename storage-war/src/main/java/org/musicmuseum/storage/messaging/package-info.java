/**
 * The Kafka consumer of the music-events topic: each poll is stored before its offsets are
 * committed.
 */
package org.musicmuseum.storage.messaging;

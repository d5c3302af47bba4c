/** Publishing events to the Kafka topic: the publisher and the producer's settings. */
package org.musicmuseum.receiver.messaging;

/** The local stack's single-node Kafka broker, and quick checks of a broker and its topic. */
package org.musicmuseum.stack.kafka;

/** W3C trace context across the Kafka hop: record-header codec and consumer spans. */
package org.musicmuseum.kit.trace;

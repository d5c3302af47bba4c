/** Reading the Kafka log: keeping the index current, and reading the one record at a position. */
package org.musicmuseum.audit.messaging;

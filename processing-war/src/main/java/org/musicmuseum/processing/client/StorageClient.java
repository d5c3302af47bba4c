package org.musicmuseum.processing.client;

import org.musicmuseum.events.Positions;
import org.musicmuseum.processing.domain.AlbumRow;
import org.musicmuseum.processing.domain.SingleRow;

/**
 * Reads stored events from the storage service in Kafka order: by partition, then offset, after a
 * cursor of the last offset read per partition. Each call starts its request and returns at once,
 * so that two requests can be under way together.
 */
public interface StorageClient {

  /** Asks for up to {@code limit} albums after {@code after}. */
  PendingPage<AlbumRow> albums(Positions after, int limit);

  /** Asks for up to {@code limit} singles after {@code after}. */
  PendingPage<SingleRow> singles(Positions after, int limit);
}

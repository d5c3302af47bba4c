package org.musicmuseum.processing.client;

import java.io.IOException;
import org.musicmuseum.events.Positions;
import org.musicmuseum.processing.domain.AlbumRow;
import org.musicmuseum.processing.domain.EventPage;
import org.musicmuseum.processing.domain.SingleRow;

/**
 * Reads stored events from the storage service in Kafka order: by partition, then offset, after a
 * cursor of the last offset read per partition.
 */
public interface StorageClient {

  /** Up to {@code limit} albums after {@code after}. */
  EventPage<AlbumRow> albums(Positions after, int limit) throws IOException, InterruptedException;

  /** Up to {@code limit} singles after {@code after}. */
  EventPage<SingleRow> singles(Positions after, int limit) throws IOException, InterruptedException;
}

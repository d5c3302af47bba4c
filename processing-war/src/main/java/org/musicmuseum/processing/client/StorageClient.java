package org.musicmuseum.processing.client;

import java.io.IOException;
import org.musicmuseum.processing.domain.AlbumRow;
import org.musicmuseum.processing.domain.EventPage;
import org.musicmuseum.processing.domain.SingleRow;

/** Reads stored events from the storage service by cursor (row id), oldest first. */
public interface StorageClient {

  /** Up to {@code limit} albums with an id above {@code afterId}. */
  EventPage<AlbumRow> albums(long afterId, int limit) throws IOException, InterruptedException;

  /** Up to {@code limit} singles with an id above {@code afterId}. */
  EventPage<SingleRow> singles(long afterId, int limit) throws IOException, InterruptedException;
}

package org.musicmuseum.processing.client;

import java.io.IOException;
import org.musicmuseum.processing.domain.EventPage;
import org.musicmuseum.processing.domain.StoredRow;

/**
 * A page already asked for: the request is under way when the {@link StorageClient} returns it, so
 * a caller can ask for the albums and the singles at once and wait for each when it needs it.
 */
@FunctionalInterface
public interface PendingPage<T extends StoredRow> {

  /** Waits for the page; a failed request is an {@link IOException}. */
  EventPage<T> await() throws IOException, InterruptedException;
}

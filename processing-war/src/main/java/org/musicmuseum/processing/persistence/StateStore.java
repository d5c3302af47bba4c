package org.musicmuseum.processing.persistence;

import java.io.IOException;
import org.musicmuseum.processing.domain.ProcessingState;

/** Where the processing state is kept between runs and restarts. */
public interface StateStore {

  /** Replaces the kept state with this one, all or nothing. */
  void save(ProcessingState state) throws IOException;
}

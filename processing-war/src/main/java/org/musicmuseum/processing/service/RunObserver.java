package org.musicmuseum.processing.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Told about every statistics run as it ends (the metrics). */
public interface RunObserver {

  /**
   * @param took how long the run took
   * @param events how many events it counted
   * @param newest the event time of the newest event it counted, if it counted any
   */
  void ran(Duration took, int events, Optional<Instant> newest);
}

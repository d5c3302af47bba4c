package org.musicmuseum.audit.domain;

import java.time.Instant;

/**
 * Processing's answer to {@code GET /processing/runs/counting}: whether a row is counted, and by
 * which run.
 *
 * @param counted whether the statistics include the row
 * @param run the run that counted it, when processing still keeps it
 */
public record RunCounting(boolean counted, Run run) {

  /**
   * A run of processing.
   *
   * @param run its number
   * @param at when its counting ended
   */
  public record Run(long run, Instant at) {}
}

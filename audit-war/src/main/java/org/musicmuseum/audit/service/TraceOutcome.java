package org.musicmuseum.audit.service;

import org.musicmuseum.audit.domain.TraceAnswer;

/** What a trace lookup comes to. */
public sealed interface TraceOutcome {

  /** Something is known of the event. */
  record Answered(TraceAnswer answer) implements TraceOutcome {}

  /** Every place that was asked answered that it has no such event. */
  record Unknown() implements TraceOutcome {}

  /** Nothing was found, and a place that might have it did not answer. */
  record CannotTell(String reason) implements TraceOutcome {}
}

package org.musicmuseum.audit.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.musicmuseum.audit.domain.AuditRecord;
import org.musicmuseum.audit.domain.TraceAnswer;
import org.musicmuseum.audit.service.AuditReader;
import org.musicmuseum.audit.service.TraceOutcome;
import org.musicmuseum.events.EventType;
import org.musicmuseum.kit.http.Problems;

/** Turns a lookup's answer into the event or the matching problem. */
final class Answers {

  private Answers() {}

  /**
   * The event, or a problem: 404 past the end, 503 + Retry-After while the index is catching up or
   * Kafka does not answer, 410 when the log no longer holds the event.
   */
  static AuditRecord eventOrProblem(
      AuditReader.Answer answer, EventType type, long index, int retryAfterSeconds) {
    if (answer instanceof AuditReader.Event event) {
      return event.record();
    }
    if (answer instanceof AuditReader.PastEnd pastEnd) {
      throw problem(
          Response.Status.NOT_FOUND,
          "There is no "
              + type.wireName()
              + " event at index "
              + index
              + "; the log has "
              + pastEnd.count()
              + ".");
    }
    if (answer instanceof AuditReader.CatchingUp catchingUp) {
      throw new WebApplicationException(
          Problems.unavailable(
              retryAfterSeconds,
              "The index is still reading the log ("
                  + catchingUp.count()
                  + " "
                  + type.wireName()
                  + " events so far); retry later."));
    }
    if (answer instanceof AuditReader.Unavailable unavailable) {
      throw new WebApplicationException(
          Problems.unavailable(
              retryAfterSeconds, "Kafka did not answer in time: " + unavailable.reason()));
    }
    AuditReader.Gone gone = (AuditReader.Gone) answer;
    throw problem(
        Response.Status.GONE,
        "The log no longer holds the event at partition "
            + gone.position().partition()
            + ", offset "
            + gone.position().offset()
            + " (removed by retention).");
  }

  /** The answer, or a problem: 404 when no place has the event, 503 when one could not tell. */
  static TraceAnswer traceOrProblem(TraceOutcome outcome, String traceId, int retryAfterSeconds) {
    if (outcome instanceof TraceOutcome.Answered answered) {
      return answered.answer();
    }
    if (outcome instanceof TraceOutcome.CannotTell cannotTell) {
      throw new WebApplicationException(
          Problems.unavailable(
              retryAfterSeconds,
              "Nothing found for trace_id " + traceId + " so far, and " + cannotTell.reason()));
    }
    throw problem(
        Response.Status.NOT_FOUND,
        "Neither the log nor storage has an event with trace_id " + traceId + ".");
  }

  private static WebApplicationException problem(Response.Status status, String detail) {
    return new WebApplicationException(Problems.of(status, detail, List.of()));
  }
}

package org.musicmuseum.kit.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.musicmuseum.events.Violation;

/** Builds {@code application/problem+json} responses. */
public final class Problems {

  public static final String PROBLEM_JSON = "application/problem+json";
  public static final MediaType PROBLEM_JSON_TYPE = new MediaType("application", "problem+json");

  private Problems() {}

  /** A 400 naming every refused field. */
  public static Response invalid(List<Violation> violations) {
    return of(
        Response.Status.BAD_REQUEST,
        "The request has " + violations.size() + " invalid field(s); nothing was stored.",
        violations);
  }

  /** A 503 telling the client when to retry. */
  public static Response unavailable(int retryAfterSeconds, String detail) {
    return Response.fromResponse(of(Response.Status.SERVICE_UNAVAILABLE, detail, List.of()))
        .header("Retry-After", retryAfterSeconds)
        .build();
  }

  /** A problem with any status. */
  public static Response of(Response.StatusType status, String detail, List<Violation> violations) {
    Problem problem =
        new Problem(
            "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, violations);
    return Response.status(status).type(PROBLEM_JSON_TYPE).entity(problem).build();
  }

  /** An exception carrying a finished problem response, for errors found while reading input. */
  public static WebApplicationException exception(Response.StatusType status, String detail) {
    return new WebApplicationException(detail, of(status, detail, List.of()));
  }
}

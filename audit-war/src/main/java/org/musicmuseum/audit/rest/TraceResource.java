package org.musicmuseum.audit.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.audit.config.AuditConfig;
import org.musicmuseum.audit.domain.TraceAnswer;
import org.musicmuseum.audit.service.TraceLookups;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.kit.http.Problem;
import org.musicmuseum.kit.http.Problems;

/** {@code GET /trace/{trace_id}}: where the event of a trace id is in the pipeline. */
@Path("/trace")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class TraceResource {

  @Inject TraceLookups lookups;
  @Inject AuditConfig config;

  @GET
  @Path("/{trace_id}")
  @Operation(
      summary = "Where is my event?",
      description =
          "Accepted (time), in Kafka (partition, offset, timestamp), stored (table, row, time),"
              + " counted (the processing run), and how long each hop took. An id the receiver"
              + " made (UUIDv7) carries its time: the log is searched near it, in the partition"
              + " its key hashes to, so an event Kafka holds but storage has not stored yet is"
              + " found. An id derived from an Idempotency-Key carries none: the answer comes"
              + " from storage alone and says so. A service that does not answer makes its hop"
              + " unknown, with the reason; the rest of the answer stands.")
  @APIResponse(
      responseCode = "200",
      description = "What is known of the event",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TraceAnswer.class)))
  @APIResponse(
      responseCode = "400",
      description = "trace_id is not a UUID",
      content =
          @Content(
              mediaType = Problems.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "Neither the log nor storage has an event with that trace id",
      content =
          @Content(
              mediaType = Problems.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "Nothing found, and Kafka or storage did not answer; see Retry-After")
  public TraceAnswer find(
      @Parameter(
              description = "the trace_id the receiver answered with",
              example = "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4")
          @PathParam("trace_id")
          String traceId,
      @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
    String id =
        TraceIds.canonical(traceId)
            .orElseThrow(
                () -> Problems.exception(Response.Status.BAD_REQUEST, "trace_id must be a UUID."));
    return Answers.traceOrProblem(
        lookups.find(id, Optional.ofNullable(authorization)), id, config.retryAfterSeconds());
  }
}

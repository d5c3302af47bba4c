package org.musicmuseum.audit.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.audit.config.AuditConfig;
import org.musicmuseum.audit.service.AuditLookups;
import org.musicmuseum.audit.service.AuditRecord;
import org.musicmuseum.audit.service.Counts;
import org.musicmuseum.events.EventType;
import org.musicmuseum.kit.http.Problem;
import org.musicmuseum.kit.http.Problems;

/** {@code GET /album?index=N}, {@code GET /single_song?index=N} and {@code GET /counts}. */
@Path("/")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class AuditResource {

  @Inject AuditLookups lookups;
  @Inject AuditConfig config;

  @GET
  @Path("/album")
  @Operation(summary = "The N-th album of the Kafka log (0-based)")
  @APIResponse(
      responseCode = "200",
      description = "The event with its partition, offset and timestamp",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditRecord.class)))
  @APIResponse(
      responseCode = "400",
      description = "index is missing, negative or not a number",
      content =
          @Content(
              mediaType = Problems.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "The log has no album at that index")
  @APIResponse(responseCode = "410", description = "Retention removed the event from the log")
  @APIResponse(
      responseCode = "503",
      description = "The index is still reading the log, or Kafka did not answer; see Retry-After")
  public AuditRecord album(
      @Parameter(description = "0-based index among the albums", example = "0")
          @QueryParam(IndexParam.NAME)
          String index) {
    return event(EventType.NEW_ALBUM, index);
  }

  @GET
  @Path("/single_song")
  @Operation(summary = "The N-th single song of the Kafka log (0-based)")
  @APIResponse(
      responseCode = "200",
      description = "The event with its partition, offset and timestamp",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditRecord.class)))
  @APIResponse(
      responseCode = "400",
      description = "index is missing, negative or not a number",
      content =
          @Content(
              mediaType = Problems.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "The log has no single at that index")
  @APIResponse(responseCode = "410", description = "Retention removed the event from the log")
  @APIResponse(
      responseCode = "503",
      description = "The index is still reading the log, or Kafka did not answer; see Retry-After")
  public AuditRecord singleSong(
      @Parameter(description = "0-based index among the single songs", example = "0")
          @QueryParam(IndexParam.NAME)
          String index) {
    return event(EventType.NEW_SINGLE_SONG, index);
  }

  @GET
  @Path("/counts")
  @Operation(summary = "How many albums and singles the index holds")
  @APIResponse(
      responseCode = "200",
      description = "Counts per type, and whether the index has caught up with the log",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Counts.class)))
  public Counts counts() {
    return lookups.counts();
  }

  private AuditRecord event(EventType type, String index) {
    long n = IndexParam.parse(index);
    return Answers.eventOrProblem(lookups.read(type, n), type, n, config.retryAfterSeconds());
  }
}

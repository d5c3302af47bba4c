package org.musicmuseum.receiver.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.events.EventType;
import org.musicmuseum.kit.http.Problem;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.receiver.rest.doc.AlbumRequest;
import org.musicmuseum.receiver.rest.doc.SingleSongRequest;

/** {@code POST /events/new_album} and {@code POST /events/new_single_song}. */
@Path("/events")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class EventsResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Inject EventSubmission submission;

  @POST
  @Path("/new_album")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a new album")
  @RequestBody(content = @Content(schema = @Schema(implementation = AlbumRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Acknowledged by Kafka",
      content = @Content(schema = @Schema(implementation = Accepted.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid; every refused field is named",
      content =
          @Content(
              mediaType = Problems.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "413", description = "Body too large")
  @APIResponse(responseCode = "415", description = "Not application/json")
  @APIResponse(
      responseCode = "503",
      description = "Kafka unavailable; retry after Retry-After seconds")
  public void newAlbum(
      @Parameter(
              description = "Retries with the same key keep the same trace_id and are stored once")
          @HeaderParam(IDEMPOTENCY_KEY)
          String idempotencyKey,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      InputStream body,
      @Suspended AsyncResponse response) {
    submission.submit(EventType.NEW_ALBUM, idempotencyKey, contentLength, body, response);
  }

  @POST
  @Path("/new_single_song")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a new single song")
  @RequestBody(content = @Content(schema = @Schema(implementation = SingleSongRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Acknowledged by Kafka",
      content = @Content(schema = @Schema(implementation = Accepted.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid; every refused field is named",
      content =
          @Content(
              mediaType = Problems.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "413", description = "Body too large")
  @APIResponse(responseCode = "415", description = "Not application/json")
  @APIResponse(
      responseCode = "503",
      description = "Kafka unavailable; retry after Retry-After seconds")
  public void newSingleSong(
      @Parameter(
              description = "Retries with the same key keep the same trace_id and are stored once")
          @HeaderParam(IDEMPOTENCY_KEY)
          String idempotencyKey,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      InputStream body,
      @Suspended AsyncResponse response) {
    submission.submit(EventType.NEW_SINGLE_SONG, idempotencyKey, contentLength, body, response);
  }
}

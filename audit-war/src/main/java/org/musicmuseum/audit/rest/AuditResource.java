package org.musicmuseum.audit.rest;

import static org.musicmuseum.audit.AuditApplication.BAD_INDEX;
import static org.musicmuseum.audit.AuditApplication.FOUND;
import static org.musicmuseum.audit.AuditApplication.GONE;
import static org.musicmuseum.audit.AuditApplication.NOT_READY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.audit.config.AuditConfig;
import org.musicmuseum.audit.domain.AuditRecord;
import org.musicmuseum.audit.service.AuditLookups;
import org.musicmuseum.events.EventType;
import org.musicmuseum.kit.http.Problems;

/**
 * {@code GET /album?index=N} and {@code GET /single_song?index=N}. Both answer alike: the responses
 * on the class apply to each (declared once in {@code AuditApplication}); only the 404 names the
 * type.
 */
@Path("/")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
@APIResponse(responseCode = "200", ref = FOUND)
@APIResponse(responseCode = "400", ref = BAD_INDEX)
@APIResponse(responseCode = "410", ref = GONE)
@APIResponse(responseCode = "503", ref = NOT_READY)
public class AuditResource {

  @Inject AuditLookups lookups;
  @Inject AuditConfig config;

  @GET
  @Path("/album")
  @Operation(summary = "The N-th album of the Kafka log (0-based)")
  @APIResponse(responseCode = "404", description = "The log has no album at that index")
  public AuditRecord album(
      @Parameter(description = "0-based index among the albums", example = "0")
          @QueryParam(IndexParam.NAME)
          String index) {
    return event(EventType.NEW_ALBUM, index);
  }

  @GET
  @Path("/single_song")
  @Operation(summary = "The N-th single song of the Kafka log (0-based)")
  @APIResponse(responseCode = "404", description = "The log has no single at that index")
  public AuditRecord singleSong(
      @Parameter(description = "0-based index among the single songs", example = "0")
          @QueryParam(IndexParam.NAME)
          String index) {
    return event(EventType.NEW_SINGLE_SONG, index);
  }

  private AuditRecord event(EventType type, String index) {
    long n = IndexParam.parse(index);
    return Answers.eventOrProblem(lookups.read(type, n), type, n, config.retryAfterSeconds());
  }
}

package org.musicmuseum.storage.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.storage.domain.StoredTrace;
import org.musicmuseum.storage.persistence.TraceReader;

/** {@code GET /events/trace/{trace_id}}: the row of one event, for audit's trace lookup. */
@Path("/events/trace")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class TraceResource {

  private static final Logger LOG = Logger.getLogger(TraceResource.class.getName());

  @Inject TraceReader reader;

  @GET
  @Path("/{trace_id}")
  @Operation(
      summary = "The stored row of one event, by trace id",
      description =
          "Its table and row id, when it was accepted and stored, and where Kafka had it.")
  @APIResponse(
      responseCode = "200",
      description = "The row",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StoredTrace.class)))
  @APIResponse(responseCode = "400", description = "trace_id is not a UUID")
  @APIResponse(responseCode = "404", description = "No table holds that trace id (yet)")
  @APIResponse(responseCode = "503", description = "The database is unreachable")
  public StoredTrace find(
      @Parameter(
              description = "the event's trace_id",
              example = "01939a4e-8f12-7abc-9def-0123456789ab")
          @PathParam("trace_id")
          String traceId) {
    String id =
        TraceIds.canonical(traceId)
            .orElseThrow(
                () -> Problems.exception(Response.Status.BAD_REQUEST, "trace_id must be a UUID."));
    try {
      return reader
          .find(id)
          .orElseThrow(
              () ->
                  new WebApplicationException(
                      Problems.of(
                          Response.Status.NOT_FOUND,
                          "No stored event has trace_id " + id + ".",
                          List.of())));
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Trace query failed", e);
      throw new WebApplicationException(Problems.unavailable(5, "The database is unreachable."));
    }
  }
}

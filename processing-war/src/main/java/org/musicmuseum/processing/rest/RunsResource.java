package org.musicmuseum.processing.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.Violation;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.processing.domain.Counting;
import org.musicmuseum.processing.service.ProcessingRunner;

/**
 * {@code GET /runs/counting?type=…&row=…}: which run counted a stored row, for the trace lookup.
 */
@Path("/runs")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class RunsResource {

  @Inject ProcessingRunner runner;

  @GET
  @Path("/counting")
  @Operation(
      summary = "Whether the statistics counted a stored row, and which run did",
      description =
          "Rows are counted in id order, so a row is counted once its type's cursor reached it."
              + " The run is named while it is among the last processing.run-history runs kept.")
  @APIResponse(
      responseCode = "200",
      description = "Counted or not, with the run",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Counting.class)))
  @APIResponse(responseCode = "400", description = "type or row is missing or malformed")
  public Counting counting(
      @Parameter(description = "new_album or new_single_song", example = "new_album")
          @QueryParam("type")
          String type,
      @Parameter(description = "the row's id in storage (row_id)", example = "42")
          @QueryParam("row")
          String row) {
    List<Violation> violations = new ArrayList<>();
    Optional<EventType> eventType = EventType.fromWireName(type);
    if (eventType.isEmpty()) {
      violations.add(new Violation("type", "must be new_album or new_single_song"));
    }
    long rowId = rowId(row, violations);
    if (!violations.isEmpty()) {
      throw new WebApplicationException(Problems.invalid(violations));
    }
    return runner.ledger().counting(eventType.orElseThrow(), rowId);
  }

  private static long rowId(String row, List<Violation> violations) {
    try {
      long id = Long.parseLong(row == null ? "" : row);
      if (id >= 1) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    violations.add(new Violation("row", "must be a row id, 1 or more"));
    return 0;
  }
}

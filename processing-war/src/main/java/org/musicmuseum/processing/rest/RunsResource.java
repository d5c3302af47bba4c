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
 * {@code GET /runs/counting?type=…&partition=…&offset=…}: which run counted a stored row, for the
 * trace lookup.
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
          "A row is named by the Kafka partition and offset it was read from (kafka_partition and"
              + " kafka_offset in storage). Each partition's rows are counted in offset order, so a"
              + " row is counted once its type's cursor in its partition reached it. The run is"
              + " named while it is among the last processing.run-history runs kept.")
  @APIResponse(
      responseCode = "200",
      description = "Counted or not, with the run",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Counting.class)))
  @APIResponse(
      responseCode = "400",
      description = "type, partition or offset is missing or malformed")
  public Counting counting(
      @Parameter(description = "new_album or new_single_song", example = "new_album")
          @QueryParam("type")
          String type,
      @Parameter(description = "the row's kafka_partition", example = "3") @QueryParam("partition")
          String partition,
      @Parameter(description = "the row's kafka_offset", example = "42") @QueryParam("offset")
          String offset) {
    List<Violation> violations = new ArrayList<>();
    Optional<EventType> eventType = EventType.fromWireName(type);
    if (eventType.isEmpty()) {
      violations.add(new Violation("type", "must be new_album or new_single_song"));
    }
    long partitionNumber = number("partition", partition, Integer.MAX_VALUE, violations);
    long offsetNumber = number("offset", offset, Long.MAX_VALUE, violations);
    if (!violations.isEmpty()) {
      throw new WebApplicationException(Problems.invalid(violations));
    }
    return runner.ledger().counting(eventType.orElseThrow(), (int) partitionNumber, offsetNumber);
  }

  private static long number(String name, String value, long max, List<Violation> violations) {
    try {
      long n = Long.parseLong(value == null ? "" : value);
      if (n >= 0 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    violations.add(new Violation(name, "must be a whole number from 0 to " + max));
    return 0;
  }
}

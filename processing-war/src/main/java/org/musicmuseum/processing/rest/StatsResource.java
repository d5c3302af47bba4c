package org.musicmuseum.processing.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.processing.domain.StatsView;
import org.musicmuseum.processing.service.ProcessingRunner;

/** {@code GET /stats}: the statistics as of the last run. */
@Path("/stats")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class StatsResource {

  @Inject ProcessingRunner runner;

  @GET
  @Operation(
      summary = "Statistics of the stored events",
      description =
          "Counts and maxima of all stored albums and singles, events per minute of the last hour"
              + " (oldest first) and the ten artists with the most events. Zero before the first"
              + " run; last_updated is then absent.")
  @APIResponse(
      responseCode = "200",
      description = "The statistics as of the last run",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StatsView.class)))
  public StatsView stats() {
    return runner.snapshot().view(Instant.now());
  }
}

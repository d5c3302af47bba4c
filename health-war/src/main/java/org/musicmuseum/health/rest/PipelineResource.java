package org.musicmuseum.health.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.health.domain.PipelineReport;
import org.musicmuseum.health.service.PipelineReader;
import org.musicmuseum.kit.http.Problems;

/** {@code GET /pipeline}: whether the pipeline keeps up. */
@Path("/pipeline")
@ApplicationScoped
public class PipelineResource {

  @Inject PipelineReader reader;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
  @Operation(
      summary = "The ingest rate, storage lag, freshness, quarantined and skipped counts",
      description =
          "Read from the services' /metrics every health.pipeline.interval-ms and from storage's"
              + " consumer lag in Kafka. Every item is always present. Its `at` is when its value"
              + " was last read (null, and the value with it, before the first good read); its"
              + " `error` is null when the latest read succeeded, else why it failed, and the"
              + " value and `at` are then those of the last good read (stale).")
  @APIResponse(
      responseCode = "200",
      description = "The latest readings",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PipelineReport.class)))
  public PipelineReport pipeline() {
    return reader.report();
  }
}

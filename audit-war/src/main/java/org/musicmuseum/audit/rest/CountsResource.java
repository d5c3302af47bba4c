package org.musicmuseum.audit.rest;

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
import org.musicmuseum.audit.domain.Counts;
import org.musicmuseum.audit.service.AuditLookups;
import org.musicmuseum.kit.http.Problems;

/**
 * {@code GET /counts}. A class of its own so that the lookups' shared responses on {@link
 * AuditResource} do not apply to it.
 */
@Path("/counts")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class CountsResource {

  @Inject AuditLookups lookups;

  @GET
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
}

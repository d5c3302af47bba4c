package org.musicmuseum.dashboard.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.dashboard.config.DashboardConfig;
import org.musicmuseum.dashboard.config.PageConfig;
import org.musicmuseum.kit.http.Problems;

/** {@code GET /api/config}: where the page finds the services. Never cached. */
@Path("/config")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class ConfigResource {

  @Inject DashboardConfig config;

  @GET
  @Operation(
      summary = "The dashboard page's configuration",
      description =
          "Base URLs of the processing, health and audit APIs (absolute, or paths of this origin"
              + " behind the gateway) and the refresh interval in milliseconds.")
  @APIResponse(
      responseCode = "200",
      description = "The configuration",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PageConfig.class)))
  public Response config() {
    return Response.ok(config.pageConfig()).cacheControl(noStore()).build();
  }

  private static CacheControl noStore() {
    CacheControl cacheControl = new CacheControl();
    cacheControl.setNoStore(true);
    return cacheControl;
  }
}

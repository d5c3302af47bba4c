package org.musicmuseum.receiver.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.receiver.config.ReceiverConfig;
import org.musicmuseum.receiver.service.IngestService;

/**
 * {@code POST /noop/{type}}: the same reading and validation as {@code /events/{type}}, then 201
 * without Kafka. The benchmark's ceiling for this server; 404 unless {@code receiver.noop-endpoint}
 * is true.
 */
@Path("/noop")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class NoopResource {

  @Inject IngestService ingest;
  @Inject ReceiverConfig config;

  @POST
  @Path("/{type}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Benchmark only: validate an event and answer 201 without publishing it")
  public Response validateOnly(
      @PathParam("type") String type,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      InputStream body) {
    EventType eventType =
        EventType.fromWireName(type)
            .filter(t -> config.noopEndpoint())
            .orElseThrow(() -> Problems.exception(Response.Status.NOT_FOUND, "No such endpoint"));
    JsonValue json = Bodies.readJson(contentLength, body, config.maxBodyBytes());
    MusicEvent event =
        ingest.validate(eventType, json, Optional.empty()).orElseThrow(Bodies::refused);
    return Response.status(Response.Status.CREATED).entity(new Accepted(event.traceId())).build();
  }
}

package org.musicmuseum.dashboard.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.dashboard.service.UpdateRelay;

/** {@code GET /api/updates}: the live updates, as server-sent events. */
@Path("/updates")
@ApplicationScoped
public class UpdatesResource {

  @Inject UpdateRelay relay;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary = "The live updates of the statistics and the statuses",
      description =
          "Server-sent events. On connect: a `feed` event {live, kinds, last_update,"
              + " heartbeat_ms}, then"
              + " the latest `stats` (what processing's GET /stats answers) and `status` (what"
              + " the health service's GET /status answers) this server has. Then each update as"
              + " it arrives (`stats`, `status`, and `change` {service, from, to, at, state} when"
              + " a service's status changes), and a `feed` event every heartbeat_ms and whenever"
              + " the updates, or one kind of them, stop or start again. While `live` is false, or"
              + " `kinds` says false for a kind (`stats`, `status`: its publisher is away), those"
              + " figures may be old: read the REST endpoints.")
  @APIResponse(responseCode = "200", description = "The event stream (text/event-stream)")
  public void updates(@Context SseEventSink sink, @Context Sse sse) {
    relay.subscribe(sink, sse);
  }
}

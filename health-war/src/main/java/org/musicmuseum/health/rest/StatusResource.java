package org.musicmuseum.health.rest;

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
import org.musicmuseum.health.domain.StatusReport;
import org.musicmuseum.health.service.Poller;
import org.musicmuseum.health.service.StatusStream;
import org.musicmuseum.kit.http.Problems;

/** {@code GET /status} and the push stream {@code GET /events}. */
@Path("/")
@ApplicationScoped
public class StatusResource {

  @Inject Poller poller;
  @Inject StatusStream stream;

  @GET
  @Path("/status")
  @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
  @Operation(
      summary = "The status of every watched service and the history of changes",
      description =
          "Per service: status (Unknown before the first check, Running, Degraded, Down),"
              + " last_check, since and a short detail; history oldest first.")
  @APIResponse(responseCode = "200", description = "The current status")
  public StatusReport status() {
    return poller.report();
  }

  @GET
  @Path("/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary = "A server-sent-events stream of the status",
      description =
          "On connect a `status` event with the full status; then a `change` event"
              + " {service, from, to, at, state} on every change and a `status` event after"
              + " every poll round.")
  @APIResponse(responseCode = "200", description = "The event stream (text/event-stream)")
  public void events(@Context SseEventSink sink, @Context Sse sse) {
    stream.subscribe(sink, sse, poller.report());
  }
}

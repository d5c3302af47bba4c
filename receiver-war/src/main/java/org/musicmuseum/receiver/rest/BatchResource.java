package org.musicmuseum.receiver.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.events.ParseResult;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.kit.metrics.MetricTags;
import org.musicmuseum.receiver.config.ReceiverConfig;
import org.musicmuseum.receiver.domain.BatchResult;
import org.musicmuseum.receiver.service.BatchIngest;
import org.musicmuseum.receiver.service.ReceiverMetrics;

/** {@code POST /events/batch}: many events in one request, as a JSON array or as NDJSON. */
@Path("/events/batch")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class BatchResource {

  public static final String NDJSON = "application/x-ndjson";

  @Inject BatchIngest batch;
  @Inject ReceiverConfig config;
  @Inject ReceiverMetrics metrics;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, NDJSON})
  @Operation(
      summary = "Post many events",
      description =
          "Each record is {\"type\": \"new_album\"|\"new_single_song\", \"payload\": {...},"
              + " \"idempotency_key\": optional}. 200 when every record was accepted, 207 when"
              + " some were refused (400) or not acknowledged (503); results keep the order sent.")
  @APIResponse(
      responseCode = "200",
      description = "All accepted",
      content = @Content(schema = @Schema(implementation = BatchResult.class)))
  @APIResponse(
      responseCode = "207",
      description = "Some records refused or failed; see results",
      content = @Content(schema = @Schema(implementation = BatchResult.class)))
  @APIResponse(responseCode = "400", description = "Not a JSON array / NDJSON, or empty")
  @APIResponse(responseCode = "413", description = "Too many records or too many bytes")
  public void post(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      InputStream body,
      @Suspended AsyncResponse response) {
    long arrival = System.nanoTime();
    try {
      ingest(contentType, contentLength, body, response, arrival);
    } catch (WebApplicationException refused) {
      metrics.refused(MetricTags.UNKNOWN_TYPE, refused.getResponse().getStatus());
      throw refused;
    }
  }

  private void ingest(
      MediaType contentType,
      String contentLength,
      InputStream body,
      AsyncResponse response,
      long arrival) {
    byte[] bytes = Bodies.read(contentLength, body, config.maxBatchBytes());
    List<ParseResult<JsonValue>> records =
        contentType != null && contentType.isCompatible(MediaType.valueOf(NDJSON))
            ? BatchBodies.ndjson(bytes)
            : BatchBodies.jsonArray(bytes);
    if (records.isEmpty()) {
      throw Problems.exception(Response.Status.BAD_REQUEST, "The batch has no records.");
    }
    if (records.size() > config.maxBatchRecords()) {
      throw Problems.exception(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          "A batch has at most " + config.maxBatchRecords() + " records.");
    }
    List<String> types = records.stream().map(BatchBodies::typeOf).toList();
    batch
        .ingest(records)
        .whenComplete(
            (result, error) -> {
              if (error != null) {
                response.resume(error);
                return;
              }
              metrics.batch(types, result, arrival);
              response.resume(
                  Response.status(result.accepted() == result.results().size() ? 200 : 207)
                      .entity(result)
                      .build());
            });
  }
}

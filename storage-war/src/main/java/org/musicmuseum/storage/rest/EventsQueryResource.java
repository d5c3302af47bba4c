package org.musicmuseum.storage.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.Positions;
import org.musicmuseum.events.Violation;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.storage.config.StorageConfig;
import org.musicmuseum.storage.domain.Page;
import org.musicmuseum.storage.domain.TimeRange;
import org.musicmuseum.storage.persistence.EventReader;

/** {@code GET /events/new_album} and {@code GET /events/new_single_song}. */
@Path("/events")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
public class EventsQueryResource {

  private static final Logger LOG = Logger.getLogger(EventsQueryResource.class.getName());

  @Inject EventReader reader;
  @Inject StorageConfig config;

  @GET
  @Path("/{type: new_album|new_single_song}")
  @Operation(
      summary = "Stored events of one type, by event time",
      description =
          "Events whose datetime is in [timestamp, end_timestamp), at most `limit` per page; pass"
              + " next_cursor back as `cursor` for the next page. order=id (the default) lists"
              + " oldest id first; ids are assigned as rows are written, and replicas write"
              + " concurrently, so a row can appear below an id already read. order=offset lists"
              + " by Kafka partition and offset, the order in which each partition's rows become"
              + " visible: a reader that must see every row once follows it (its cursor is"
              + " partition:offset pairs, e.g. 0:41,3:17).")
  @APIResponse(responseCode = "200", description = "A page of events")
  @APIResponse(responseCode = "400", description = "A parameter is malformed; each is named")
  @APIResponse(responseCode = "503", description = "The database is unreachable")
  public Page<Object> list(
      @PathParam("type") String type,
      @Parameter(description = "ISO-8601, included (default: the beginning)")
          @QueryParam("timestamp")
          String timestamp,
      @Parameter(description = "ISO-8601, excluded (default: the end of time)")
          @QueryParam("end_timestamp")
          String endTimestamp,
      @Parameter(description = "page size, 1..max (default 100)") @QueryParam("limit") String limit,
      @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor")
          String cursor,
      @Parameter(description = "id (default) or offset") @QueryParam("order") String order) {
    EventType eventType = EventType.fromWireName(type).orElseThrow(NotFoundException::new);
    List<Violation> violations = new ArrayList<>();
    Instant from = QueryParams.instant("timestamp", timestamp, violations).orElse(TimeRange.MIN);
    Instant to =
        QueryParams.instant("end_timestamp", endTimestamp, violations).orElse(TimeRange.MAX);
    long size =
        QueryParams.number("limit", limit, 1, config.maxLimit(), config.defaultLimit(), violations);
    boolean byOffset = QueryParams.order(order, violations);
    long after =
        byOffset ? 0 : QueryParams.number("cursor", cursor, 0, Long.MAX_VALUE, 0, violations);
    Positions positions = byOffset ? QueryParams.positions(cursor, violations) : Positions.start();
    if (violations.isEmpty() && !from.isBefore(to)) {
      violations.add(new Violation("end_timestamp", "must be after timestamp"));
    }
    if (!violations.isEmpty()) {
      throw new WebApplicationException(Problems.invalid(violations));
    }
    try {
      TimeRange range = new TimeRange(from, to);
      return byOffset
          ? reader.pageByPosition(eventType, range, positions, (int) size)
          : reader.page(eventType, range, after, (int) size);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Query failed", e);
      throw new WebApplicationException(Problems.unavailable(5, "The database is unreachable."));
    }
  }
}

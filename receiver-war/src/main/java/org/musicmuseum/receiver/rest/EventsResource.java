package org.musicmuseum.receiver.rest;

import static org.musicmuseum.receiver.ReceiverApplication.ACCEPTED;
import static org.musicmuseum.receiver.ReceiverApplication.INVALID;
import static org.musicmuseum.receiver.ReceiverApplication.NOT_JSON;
import static org.musicmuseum.receiver.ReceiverApplication.TOO_LARGE;
import static org.musicmuseum.receiver.ReceiverApplication.UNAVAILABLE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.events.EventType;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.receiver.rest.doc.AlbumRequest;
import org.musicmuseum.receiver.rest.doc.SingleSongRequest;

/**
 * {@code POST /events/new_album} and {@code POST /events/new_single_song}. Both answer alike: the
 * responses on the class apply to each (declared once in {@code ReceiverApplication}).
 */
@Path("/events")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
@APIResponse(responseCode = "201", ref = ACCEPTED)
@APIResponse(responseCode = "400", ref = INVALID)
@APIResponse(responseCode = "413", ref = TOO_LARGE)
@APIResponse(responseCode = "415", ref = NOT_JSON)
@APIResponse(responseCode = "503", ref = UNAVAILABLE)
public class EventsResource {

  @Inject EventSubmission submission;

  @POST
  @Path("/new_album")
  @Operation(summary = "Post a new album")
  @RequestBody(content = @Content(schema = @Schema(implementation = AlbumRequest.class)))
  public void newAlbum(
      @BeanParam EventHeaders headers, InputStream body, @Suspended AsyncResponse response) {
    submission.submit(EventType.NEW_ALBUM, headers, body, response);
  }

  @POST
  @Path("/new_single_song")
  @Operation(summary = "Post a new single song")
  @RequestBody(content = @Content(schema = @Schema(implementation = SingleSongRequest.class)))
  public void newSingleSong(
      @BeanParam EventHeaders headers, InputStream body, @Suspended AsyncResponse response) {
    submission.submit(EventType.NEW_SINGLE_SONG, headers, body, response);
  }
}

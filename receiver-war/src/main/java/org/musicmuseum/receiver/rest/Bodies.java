package org.musicmuseum.receiver.rest;

import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.Violation;
import org.musicmuseum.kit.http.Problems;

/** Reads request bodies with a size limit: a body over the limit is a 413, never read in full. */
public final class Bodies {

  private Bodies() {}

  /** The body's bytes; 413 when it has more than {@code limit}. */
  public static byte[] read(String contentLength, InputStream in, int limit) {
    if (contentLength != null && isOver(contentLength, limit)) {
      throw tooLarge(limit);
    }
    try {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      return bytes;
    } catch (IOException e) {
      throw Problems.exception(Response.Status.BAD_REQUEST, "The body could not be read.");
    }
  }

  /** The body as one JSON document; 400 naming the syntax error otherwise. */
  public static JsonValue readJson(String contentLength, InputStream in, int limit) {
    return EventParser.readJson(read(contentLength, in, limit)).orElseThrow(Bodies::refused);
  }

  /** A 400 naming every violation. */
  public static WebApplicationException refused(List<Violation> violations) {
    return new WebApplicationException(Problems.invalid(violations));
  }

  private static boolean isOver(String contentLength, int limit) {
    try {
      return Long.parseLong(contentLength.trim()) > limit;
    } catch (NumberFormatException e) {
      throw Problems.exception(Response.Status.BAD_REQUEST, "Content-Length is not a number.");
    }
  }

  private static WebApplicationException tooLarge(int limit) {
    return Problems.exception(
        Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body is larger than " + limit + " bytes.");
  }
}

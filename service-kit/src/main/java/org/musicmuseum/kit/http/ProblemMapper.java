package org.musicmuseum.kit.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Every JAX-RS error (404, 405, 406, 413, 415, ...) of every service as {@code
 * application/problem+json}. Found by the JAX-RS provider scan of the WAR's {@code WEB-INF/lib}
 * jars: a service registers nothing.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (original.hasEntity() && Problems.PROBLEM_JSON_TYPE.isCompatible(original.getMediaType())) {
      return original;
    }
    Response problem =
        Problems.of(original.getStatusInfo(), detailOf(exception, original), List.of());
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.equalsIgnoreCase("Content-Length")) {
                builder.header(name, values.isEmpty() ? null : values.get(0));
              }
            });
    return builder.type(Problems.PROBLEM_JSON_TYPE).build();
  }

  private static String detailOf(WebApplicationException exception, Response response) {
    return switch (response.getStatus()) {
      case 404 -> "No such resource.";
      case 405 -> "This method is not allowed here.";
      case 406 -> "This resource answers application/json only.";
      case 415 -> "Send the body as application/json.";
      default -> exception.getMessage() == null ? "" : exception.getMessage();
    };
  }
}

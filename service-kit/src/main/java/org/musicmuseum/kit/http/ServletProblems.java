package org.musicmuseum.kit.http;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes an {@code application/problem+json} answer from a servlet filter, where JAX-RS and its
 * exception mappers are not reached.
 */
final class ServletProblems {

  private ServletProblems() {}

  static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(Problems.PROBLEM_JSON);
    response.setCharacterEncoding("UTF-8");
    try (JsonGenerator json = Json.createGenerator(response.getWriter())) {
      json.writeStartObject()
          .write("type", "about:blank")
          .write("title", title)
          .write("status", status)
          .write("detail", detail)
          .writeStartArray("violations")
          .writeEnd()
          .writeEnd();
    }
  }
}

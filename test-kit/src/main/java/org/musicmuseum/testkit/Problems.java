package org.musicmuseum.testkit;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Reading RFC 9457 problems ({@code application/problem+json}) from the services' answers. */
public final class Problems {

  private static final int SHOWN = 200;

  private Problems() {}

  /** Whether the answer's Content-Type is problem+json (parameters allowed). */
  public static boolean isProblem(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .filter(type -> type.startsWith(Http.PROBLEM_JSON))
        .isPresent();
  }

  /**
   * What keeps the answer to a bad request from being a proper client-error problem, if anything: a
   * 4xx status, the problem+json type, and a body with that status and a title.
   */
  public static Optional<String> wrongIn(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status < 400 || status > 499) {
      return Optional.of("status " + status + ": " + abbreviated(response.body()));
    }
    if (!isProblem(response)) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      return Optional.of(status + " as " + type + ": " + abbreviated(response.body()));
    }
    try {
      JsonObject problem = Http.json(response);
      return problem.getInt("status", 0) == status && problem.containsKey("title")
          ? Optional.empty()
          : Optional.of(status + " with a problem that does not say so: " + response.body());
    } catch (JsonException | ClassCastException e) {
      return Optional.of(status + " with a body that is not a problem: " + response.body());
    }
  }

  private static String abbreviated(String text) {
    return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
  }
}

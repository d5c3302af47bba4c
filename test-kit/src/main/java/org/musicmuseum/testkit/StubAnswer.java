package org.musicmuseum.testkit;

import jakarta.json.Json;

/**
 * What a {@link StubServer} answers: status, Content-Type and body, optionally held back until the
 * server is closed (a service that does not answer in time).
 */
public record StubAnswer(int status, String contentType, String body, boolean held) {

  public static StubAnswer of(int status, String contentType, String body) {
    return new StubAnswer(status, contentType, body, false);
  }

  public static StubAnswer json(String body) {
    return json(200, body);
  }

  public static StubAnswer json(int status, String body) {
    return of(status, Http.JSON, body);
  }

  /** A problem+json answer with a title, the status and {@code detail}. */
  public static StubAnswer problem(int status, String detail) {
    String body =
        Json.createObjectBuilder()
            .add("title", "Error")
            .add("status", status)
            .add("detail", detail)
            .build()
            .toString();
    return of(status, Http.PROBLEM_JSON, body);
  }

  /** The same answer, held back until the server closes. */
  public StubAnswer heldBack() {
    return new StubAnswer(status, contentType, body, true);
  }
}

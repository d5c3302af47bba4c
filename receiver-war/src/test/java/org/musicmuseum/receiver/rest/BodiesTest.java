package org.musicmuseum.receiver.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodiesTest {

  private static ByteArrayInputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static int statusOf(Runnable read) {
    try {
      read.run();
      throw new AssertionError("expected a refusal");
    } catch (WebApplicationException e) {
      return e.getResponse().getStatus();
    }
  }

  @Test
  void readsABodyWithinTheLimit() {
    assertThat(Bodies.readJson(null, body("{\"a\":1}"), 7)).isInstanceOf(JsonObject.class);
  }

  @Test
  void refusesABodyOverTheLimitEvenWithoutContentLength() {
    assertThat(statusOf(() -> Bodies.read(null, body("12345678"), 7))).isEqualTo(413);
  }

  @Test
  void refusesADeclaredLengthOverTheLimitWithoutReading() {
    assertThat(statusOf(() -> Bodies.read("1000000", body("{}"), 7))).isEqualTo(413);
    assertThat(statusOf(() -> Bodies.read("ten", body("{}"), 7))).isEqualTo(400);
  }

  @Test
  void refusesMalformedJsonWithAProblem() {
    assertThatThrownBy(() -> Bodies.readJson(null, body("{\"a\":"), 100))
        .isInstanceOfSatisfying(
            WebApplicationException.class,
            e -> {
              assertThat(e.getResponse().getStatus()).isEqualTo(400);
              assertThat(e.getResponse().getMediaType().toString())
                  .isEqualTo("application/problem+json");
            });
  }
}

package org.musicmuseum.console.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemsTest {

  @Test
  void theDetailIsPreferred() {
    assertThat(
            Problems.detail(
                "{\"type\": \"about:blank\", \"title\": \"Not Found\","
                    + " \"status\": 404, \"detail\": \"No album at index 7\"}"))
        .isEqualTo("No album at index 7");
  }

  @Test
  void theTitleIsTakenWhenThereIsNoDetail() {
    assertThat(Problems.detail("{\"title\": \"Service Unavailable\", \"status\": 503}"))
        .isEqualTo("Service Unavailable");
  }

  @Test
  void aBlankDetailFallsBackToTheTitle() {
    assertThat(Problems.detail("{\"title\": \"Bad Request\", \"detail\": \"  \"}"))
        .isEqualTo("Bad Request");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "  ",
        "{}",
        "{\"detail\": 42}",
        "[\"detail\"]",
        "\"detail\"",
        "<html><body>Bad Gateway</body></html>",
        "Service Unavailable"
      })
  void withoutAReadableDetailItIsEmpty(String body) {
    assertThat(Problems.detail(body)).isEmpty();
  }

  @Test
  void aLongDetailIsShortened() {
    String detail = "x".repeat(1000);

    String shown = Problems.detail("{\"detail\": \"" + detail + "\"}");

    assertThat(shown).hasSize(301).startsWith("x".repeat(300)).endsWith("…");
  }

  @Test
  void aDetailOfExactlyTheLimitIsKept() {
    String detail = "y".repeat(300);

    assertThat(Problems.detail("{\"detail\": \"" + detail + "\"}")).isEqualTo(detail);
  }
}

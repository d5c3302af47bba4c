package org.musicmuseum.console.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseLinesTest {

  private final List<String> events = new ArrayList<>();
  private final SseLines lines = new SseLines((name, data) -> events.add(name + "=" + data));

  private void feed(String... input) {
    for (String line : input) {
      lines.line(line);
    }
  }

  @Test
  void aBlankLineEndsAnEventOfTheNameAndDataGiven() {
    feed("event: stats", "data: {\"n\":1}", "", "event:feed", "data:{}", "");

    assertThat(events).containsExactly("stats={\"n\":1}", "feed={}");
  }

  @Test
  void severalDataLinesAreJoinedByNewlines() {
    feed("event: status", "data: {", "data: }", "");

    assertThat(events).containsExactly("status={\n}");
  }

  @Test
  void commentsOtherFieldsAndEventsWithoutDataAreSkipped() {
    feed(": keep-alive", "id: 7", "retry: 1000", "", "event: feed", "", "data: x", "");

    assertThat(events).containsExactly("message=x");
  }
}

package org.musicmuseum.console.client;

import java.util.function.BiConsumer;

/**
 * Turns the lines of a {@code text/event-stream} into events: {@code event:} names one, {@code
 * data:} lines (joined by newlines) are its data, a blank line ends it. Comments ({@code :}) and
 * other fields are skipped; an event without data is not one.
 */
final class SseLines {

  private final BiConsumer<String, String> onEvent;
  private String name = "message";
  private StringBuilder data;

  /**
   * @param onEvent given each event's name and data
   */
  SseLines(BiConsumer<String, String> onEvent) {
    this.onEvent = onEvent;
  }

  void line(String line) {
    if (line.isEmpty()) {
      if (data != null) {
        onEvent.accept(name, data.toString());
      }
      name = "message";
      data = null;
    } else if (line.startsWith("event:")) {
      name = value(line, 6);
    } else if (line.startsWith("data:")) {
      data = data == null ? new StringBuilder() : data.append('\n');
      data.append(value(line, 5));
    }
  }

  private static String value(String line, int from) {
    return line.startsWith(" ", from) ? line.substring(from + 1) : line.substring(from);
  }
}

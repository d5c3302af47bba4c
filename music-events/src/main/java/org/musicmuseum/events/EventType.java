package org.musicmuseum.events;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of music event, with the names they have on the wire and in URLs. */
public enum EventType {
  NEW_ALBUM("new_album"),
  NEW_SINGLE_SONG("new_single_song");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in the envelope's {@code type} field and in REST paths. */
  public String wireName() {
    return wireName;
  }

  /** The type with that wire name, if there is one. */
  public static Optional<EventType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}

package org.musicmuseum.events;

import java.util.Optional;

/** The kinds of music event, with the names they have on the wire and in URLs. */
public enum EventType {
  NEW_ALBUM("new_album"),
  NEW_SINGLE_SONG("new_single_song");

  private static final EventType[] TYPES = values();

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in the envelope's {@code type} field and in REST paths. */
  public String wireName() {
    return wireName;
  }

  /**
   * The type with that wire name, if there is one. A plain loop: the receiver asks this for every
   * record of a batch, and a stream over {@code values()} showed in its profile.
   */
  public static Optional<EventType> fromWireName(String name) {
    for (EventType type : TYPES) {
      if (type.wireName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}

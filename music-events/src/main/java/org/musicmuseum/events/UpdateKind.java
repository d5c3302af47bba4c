package org.musicmuseum.events;

import java.util.Arrays;
import java.util.Optional;

/** What a message on the updates topic carries; its wire name is also the SSE event's name. */
public enum UpdateKind {
  /** Processing's statistics after a run that changed them: what {@code GET /stats} answers. */
  STATS("stats", true),
  /** The health service's report after a round of checks: what {@code GET /status} answers. */
  STATUS("status", true),
  /** One service's status changed: {@code {service, from, to, at, state}}. */
  CHANGE("change", false);

  private final String wireName;
  private final boolean replayed;

  UpdateKind(String wireName, boolean replayed) {
    this.wireName = wireName;
    this.replayed = replayed;
  }

  /** The name in the message's {@code kind} field and of the SSE event. */
  public String wireName() {
    return wireName;
  }

  /** Whether the latest message of this kind is what a new subscriber is sent first. */
  public boolean replayed() {
    return replayed;
  }

  /** The kind with that wire name, if there is one. */
  public static Optional<UpdateKind> fromWireName(String name) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
  }
}

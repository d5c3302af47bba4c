package org.musicmuseum.health.domain;

import java.util.Arrays;
import java.util.Optional;

/** What the health service knows about a watched service; {@link #label()} is the wire form. */
public enum Status {
  /** Not checked yet. */
  UNKNOWN("Unknown"),
  /** {@code /health/ready} answered 200. */
  RUNNING("Running"),
  /** The server answered 503 with a health report: it is up, a dependency is not. */
  DEGRADED("Degraded"),
  /** No answer, a timeout, a refused connection or any other answer. */
  DOWN("Down");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** The name in JSON, e.g. {@code Running}. */
  public String label() {
    return label;
  }

  /** The status of a label, if it is one. */
  public static Optional<Status> fromLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
  }
}

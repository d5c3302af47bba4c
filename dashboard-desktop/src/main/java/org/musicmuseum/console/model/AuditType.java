package org.musicmuseum.console.model;

/** The two kinds of event audit can look up, with their path segment and label. */
public enum AuditType {
  ALBUM("album", "Album"),
  SINGLE_SONG("single_song", "Single song");

  private final String path;
  private final String label;

  AuditType(String path, String label) {
    this.path = path;
    this.label = label;
  }

  /** The path segment of audit's endpoint, e.g. {@code single_song}. */
  public String path() {
    return path;
  }

  @Override
  public String toString() {
    return label;
  }
}

package org.musicmuseum.console.client;

/**
 * What a {@code feed} event of the live updates says: whether updates arrive at the dashboard
 * server at all, and whether the statistics and the statuses each do (processing or health may be
 * away while the other still publishes).
 */
public record Feed(boolean live, boolean statsLive, boolean statusLive) {

  /** A feed whose kinds all follow {@code live}. */
  public static Feed all(boolean live) {
    return new Feed(live, live, live);
  }

  /** Whether the statistics are pushed now. */
  public boolean statsPushed() {
    return live && statsLive;
  }

  /** Whether the statuses are pushed now. */
  public boolean statusPushed() {
    return live && statusLive;
  }
}

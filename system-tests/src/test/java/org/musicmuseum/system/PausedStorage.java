package org.musicmuseum.system;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/**
 * Storage paused (SIGSTOP) once it has caught up, so that what is posted meanwhile is exactly
 * storage's lag; {@link #close()} resumes it (SIGCONT) and waits until it is ready again. The lag
 * is the one the health service reports, {@code storage_lag.events} of {@code GET
 * /healthcheck/pipeline}. Use it in try-with-resources, so storage is resumed whatever happens:
 *
 * <pre>{@code
 * try (PausedStorage paused = PausedStorage.whenCaughtUp(museum, poster)) {
 *   paused.post(3, 2);
 *   // the lag is paused.posted() ...
 * }
 * }</pre>
 */
final class PausedStorage implements AutoCloseable {

  /** How long storage may take to catch up before, and to be ready after. */
  static final Duration PATIENCE = Duration.ofMinutes(3);

  private final TestStack museum;
  private final EventPoster poster;
  private long posted;

  private PausedStorage(TestStack museum, EventPoster poster) {
    this.museum = museum;
    this.poster = poster;
  }

  /** Waits until the health service reports a lag of 0, then pauses storage. */
  static PausedStorage whenCaughtUp(TestStack museum, EventPoster poster) {
    await("storage caught up")
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(() -> lag(museum) == 0);
    museum.stack().pause("storage");
    return new PausedStorage(museum, poster);
  }

  /**
   * Storage's consumer lag as the health service last read it ({@code storage_lag.events}); -1
   * before its first good read.
   */
  static long lag(TestStack museum) {
    JsonObject lag =
        Http.jsonOf(museum.get("health", "/pipeline"), 200).getJsonObject("storage_lag");
    return lag.isNull("events") ? -1 : lag.getJsonNumber("events").longValue();
  }

  /** Posts albums and singles through the receiver (all accepted) while storage is paused. */
  void post(int albums, int singles) {
    poster.post(albums, singles);
    posted += albums + singles;
  }

  /** Events posted since the pause: storage's lag once the health service has read it. */
  long posted() {
    return posted;
  }

  /** Resumes storage and waits until it is ready. */
  @Override
  public void close() {
    museum.stack().resume("storage");
    museum.awaitReady("storage", PATIENCE);
  }
}

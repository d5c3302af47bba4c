package org.musicmuseum.kit.metrics;

import java.time.Duration;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.musicmuseum.events.EventType;

/**
 * The tag names and values the services' metrics share (served as Prometheus labels), and the
 * clock-to-{@link Timer} step they all take. The metric names are in each service's metrics class.
 */
public final class MetricTags {

  /** The event's type: an {@link EventType}'s wire name, or {@link #UNKNOWN_TYPE}. */
  public static final String TYPE = "type";

  /** The value of {@link #TYPE} when the body could not be read far enough to know it. */
  public static final String UNKNOWN_TYPE = "unknown";

  /** Why the receiver refused an event. */
  public static final String REASON = "reason";

  /** A watched service's name (the health service's metrics). */
  public static final String SERVICE = "service";

  /** The outcome of a health check. */
  public static final String OUTCOME = "outcome";

  private MetricTags() {}

  /** The {@link #TYPE} tag of an event type. */
  public static Tag type(EventType type) {
    return new Tag(TYPE, type.wireName());
  }

  /** The {@link #TYPE} tag of a wire name, or of {@link #UNKNOWN_TYPE}. */
  public static Tag type(String wireName) {
    return new Tag(TYPE, wireName);
  }

  /** Records the time from {@code startNanos} ({@link System#nanoTime()}) until now. */
  public static void recordSince(Timer timer, long startNanos) {
    timer.update(Duration.ofNanos(System.nanoTime() - startNanos));
  }
}

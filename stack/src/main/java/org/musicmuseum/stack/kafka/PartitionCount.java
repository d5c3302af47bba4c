package org.musicmuseum.stack.kafka;

import java.util.Map;
import org.musicmuseum.events.Topics;

/**
 * The partition count the stack creates the topic of the music events with: {@value
 * Topics#PARTITIONS_VARIABLE} from the environment when it is set, else {@link
 * Topics#DEFAULT_PARTITIONS}. Kafka can add partitions to a topic but never take any away, so an
 * existing topic keeps its count and the stack only warns when it differs.
 */
public final class PartitionCount {

  /** The most partitions the stack creates a topic with; a larger number is taken for a typo. */
  public static final int MAX = 1000;

  private PartitionCount() {}

  /**
   * {@value Topics#PARTITIONS_VARIABLE} of {@code env} when set and not blank, else {@link
   * Topics#DEFAULT_PARTITIONS}.
   *
   * @throws IllegalArgumentException when it is no whole number from 1 to {@link #MAX}
   */
  public static int fromEnv(Map<String, String> env) {
    String given = env.getOrDefault(Topics.PARTITIONS_VARIABLE, "").strip();
    if (given.isEmpty()) {
      return Topics.DEFAULT_PARTITIONS;
    }
    try {
      return check(Integer.parseInt(given), Topics.PARTITIONS_VARIABLE);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(invalid(Topics.PARTITIONS_VARIABLE, "'" + given + "'"), e);
    }
  }

  /**
   * Answers {@code count} when it is from 1 to {@link #MAX}.
   *
   * @param what where the count comes from, for the message
   * @throws IllegalArgumentException otherwise
   */
  public static int check(int count, String what) {
    if (count < 1 || count > MAX) {
      throw new IllegalArgumentException(invalid(what, Integer.toString(count)));
    }
    return count;
  }

  private static String invalid(String what, String given) {
    return what
        + " must be a whole number from 1 to "
        + MAX
        + " (the partition count of the topic of the music events), not "
        + given;
  }

  /**
   * The warning for a topic that exists with {@code existing} partitions when {@code asked} were
   * asked for: the stack leaves it as it is, and says how it could grow.
   */
  public static String mismatch(String topic, int existing, int asked) {
    String way =
        asked > existing
            ? "to grow it, run kafka-topics.sh --bootstrap-server <broker> --alter --topic "
                + topic
                + " --partitions "
                + asked
                + " (records with the same key may then go to another partition than before)"
            : "to have fewer, delete the topic with its records";
    return "WARNING: the topic "
        + topic
        + " exists with "
        + existing
        + " partitions, not the "
        + asked
        + " asked for ("
        + Topics.PARTITIONS_VARIABLE
        + ", default "
        + Topics.DEFAULT_PARTITIONS
        + "); it is left as it is. Kafka can only grow a topic's partitions, never shrink them: "
        + way
        + ".";
  }
}

package org.musicmuseum.kit.kafka;

import java.time.Duration;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;

/** The one way the services close a consumer, interrupted or not. */
final class Closing {

  private Closing() {}

  /**
   * Closes the consumer with the thread's interrupt flag cleared (and set again afterwards): an
   * interrupted close cannot tell the broker that it leaves the group, and the partitions then stay
   * with the dead member for a whole session timeout (45 s) before a restarted service gets them.
   */
  static void leavingTheGroup(Consumer<?, ?> consumer, Duration timeout) {
    boolean interrupted = Thread.interrupted();
    try {
      consumer.close(CloseOptions.timeout(timeout));
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
